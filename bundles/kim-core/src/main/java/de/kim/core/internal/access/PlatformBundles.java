package de.kim.core.internal.access;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;

/**
 * An allow-list of bundles by symbolic name, from {@code etc/de.kim.access.cfg}: exact names, or prefixes ending
 * in {@code *}. With the benchmark setting ({@code -Dkim.benchmark=true}) the benchmark commands' bundle
 * ({@code kim-bench-commands}) is on every list too: a production platform never starts them with access.
 */
final class PlatformBundles {
    static final String BENCHMARK_BUNDLE = "kim-bench-commands";
    private final List<String> names = new ArrayList<>();

    PlatformBundles(String[] entries) {
        for (String entry : entries) {
            for (String name : entry.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        if (Boolean.getBoolean(AuditLog.BENCHMARK)) {
            names.add(BENCHMARK_BUNDLE);
        }
    }

    boolean contains(Bundle bundle) {
        if (bundle == null) {
            return false;
        }
        if (bundle.getBundleId() == 0) {
            return true;
        }
        String name = bundle.getSymbolicName();
        if (name == null) {
            return false;
        }
        for (String allowed : names) {
            if (allowed.endsWith("*") ? name.startsWith(allowed.substring(0, allowed.length() - 1))
                    : name.equals(allowed)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return names.toString();
    }
}
