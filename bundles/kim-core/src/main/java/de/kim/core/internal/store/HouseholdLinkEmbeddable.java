package de.kim.core.internal.store;

import de.kim.api.model.HouseholdLink;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

@Embeddable
public class HouseholdLinkEmbeddable {
    @Column(name = "OTHER_CLIENT_ID", length = 12)
    private String otherClientId;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private HouseholdLink.Relation relation;

    protected HouseholdLinkEmbeddable() {
    }

    public HouseholdLinkEmbeddable(String otherClientId, HouseholdLink.Relation relation) {
        this.otherClientId = otherClientId;
        this.relation = relation;
    }

    public String otherClientId() {
        return otherClientId;
    }

    public HouseholdLink toModel() {
        return new HouseholdLink(otherClientId, relation);
    }
}
