package de.kim.core.internal.logic;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Equality of JSON values as JavaScript's JSON would see them: numbers by value, lists and objects deeply. */
final class JsonEquality {
    private JsonEquality() {
    }

    static boolean same(Object expected, Object actual) {
        if (expected instanceof Number a && actual instanceof Number b) {
            return a.doubleValue() == b.doubleValue()
                    || (Double.isNaN(a.doubleValue()) && Double.isNaN(b.doubleValue()));
        }
        if (expected instanceof List<?> a && actual instanceof List<?> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof Map<?, ?> a && actual instanceof Map<?, ?> b) {
            return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> same(a.get(k), b.get(k)));
        }
        return Objects.equals(expected, actual);
    }
}
