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

    /**
     * A value: EclipseLink compares the loaded set with its copy by equality when a transaction ends;
     * without it every transaction that read a client with a household rewrote the household and raised
     * the client's version, so two concurrent reads could fail each other with 409.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof HouseholdLinkEmbeddable link && java.util.Objects.equals(otherClientId, link.otherClientId)
                && relation == link.relation;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(otherClientId, relation);
    }
}
