package de.kim.core.internal.directory;

import de.kim.api.model.Address;
import javax.persistence.Embeddable;

@Embeddable
public class AddressEmbeddable {
    private String street;
    private String postalCode;
    private String city;

    protected AddressEmbeddable() {
    }

    static AddressEmbeddable of(Address address) {
        AddressEmbeddable embeddable = new AddressEmbeddable();
        if (address != null) {
            embeddable.street = address.street();
            embeddable.postalCode = address.postalCode();
            embeddable.city = address.city();
        }
        return embeddable;
    }

    Address toModel() {
        return street == null && postalCode == null && city == null ? null : new Address(street, postalCode, city);
    }
}
