package de.kim.core.internal.directory;

import de.kim.api.Violation;
import java.util.List;

/** An address of a person or an office: a German postal code of five digits, street and city of bounded length. */
public final class AddressRule {
    private AddressRule() {
    }

    /** Adds what is wrong with {@code a} to {@code v}, fields named address.street, address.postalCode, address.city. */
    public static void check(de.kim.api.model.Address a, List<Violation> v) {
        if (a.street() != null && a.street().strip().length() > 200) {
            v.add(new Violation("address.street", "at most 200 characters"));
        }
        if (a.postalCode() != null && !a.postalCode().isBlank() && !a.postalCode().strip().matches("[0-9]{5}")) {
            v.add(new Violation("address.postalCode", "must be a German postal code of five digits"));
        }
        if (a.city() != null && a.city().strip().length() > 100) {
            v.add(new Violation("address.city", "at most 100 characters"));
        }
    }
}
