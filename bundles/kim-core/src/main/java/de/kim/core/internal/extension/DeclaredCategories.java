package de.kim.core.internal.extension;

import de.kim.api.model.DataCategory;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.osgi.framework.Bundle;

/**
 * The data categories an extension bundle declares in its manifest ({@code KIM-Data-Categories: identity,
 * legal-domains, case, forms}): what its code may touch when it acts for a user. A bundle that declares none may
 * touch none; unknown names are ignored.
 */
public final class DeclaredCategories {
    public static final String HEADER = "KIM-Data-Categories";

    private DeclaredCategories() {
    }

    public static Set<DataCategory> of(Bundle bundle) {
        Set<DataCategory> declared = EnumSet.noneOf(DataCategory.class);
        String header = bundle == null ? null : bundle.getHeaders("").get(HEADER);
        if (header != null) {
            for (String name : header.split(",")) {
                String constant = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
                for (DataCategory category : DataCategory.values()) {
                    if (category.name().equals(constant)) {
                        declared.add(category);
                    }
                }
            }
        }
        return declared;
    }
}
