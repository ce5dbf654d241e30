package de.kim.core.internal.store;

import de.kim.api.model.Client;
import de.kim.api.model.Address;
import de.kim.api.model.ClientName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "KIM_CLIENT", indexes = {@Index(columnList = "DATEOFBIRTH"), @Index(columnList = "MUNICIPALITY"),
        @Index(columnList = "FAMILYNAME")})
public class ClientEntity {
    @Id
    @Column(length = 12)
    private String id;

    @Version
    private long version;

    @Column(name = "FAMILYNAME", nullable = false)
    private String familyName;

    private String givenNames;

    @Column(name = "DATEOFBIRTH", nullable = false)
    private LocalDate dateOfBirth;

    @Column(length = 3)
    private String nationality;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "KIM_CLIENT_LANGUAGE", joinColumns = @JoinColumn(name = "CLIENT_ID"))
    @OrderColumn(name = "POS")
    @Column(name = "LANGUAGE", length = 8)
    private List<String> languages = new ArrayList<>();

    private String phone;

    private String email;

    @Column(name = "MUNICIPALITY", length = 8, nullable = false)
    private String municipality;

    private LocalDate arrivalDate;

    private boolean employable;

    @Column(length = 200)
    private String street;

    @Column(name = "POSTAL_CODE", length = 5)
    private String postalCode;

    @Column(length = 100)
    private String city;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "KIM_CLIENT_HOUSEHOLD", joinColumns = @JoinColumn(name = "CLIENT_ID"))
    private Set<HouseholdLinkEmbeddable> household = new HashSet<>();

    protected ClientEntity() {
    }

    public ClientEntity(String id, Client client) {
        this.id = id;
        assign(client);
    }

    public final void assign(Client c) {
        this.familyName = c.familyName().strip();
        this.givenNames = c.givenNames() == null ? null : c.givenNames().strip();
        this.dateOfBirth = c.dateOfBirth();
        this.nationality = c.nationality();
        this.languages = new ArrayList<>(c.languages());
        this.phone = c.phone();
        this.email = c.email();
        this.municipality = c.municipality();
        this.arrivalDate = c.arrivalDate();
        this.employable = c.employable() == null || c.employable();
        Address address = c.address();
        this.street = address == null ? null : blankToNull(address.street());
        this.postalCode = address == null ? null : blankToNull(address.postalCode());
        this.city = address == null ? null : blankToNull(address.city());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The client's name as a case shows it in lists. */
    public ClientName name() {
        return new ClientName(familyName, givenNames, dateOfBirth);
    }

    /** The search keys of this client's name: one per normalized word and short key, each with the sort name. */
    public List<ClientNameKeyEntity> nameKeys() {
        String sortName = String.join(" ", NameKey.tokens(familyName)) + " "
                + String.join(" ", NameKey.tokens(givenNames)) + " " + id;
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(NameKey.tokens(familyName, givenNames));
        keys.addAll(NameKey.shortKeys(NameKey.tokens(familyName, givenNames)));
        return keys.stream().map(token -> new ClientNameKeyEntity(id, token, sortName)).toList();
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public LocalDate arrivalDate() {
        return arrivalDate;
    }

    public boolean employable() {
        return employable;
    }

    public String municipality() {
        return municipality;
    }

    public Set<HouseholdLinkEmbeddable> household() {
        return household;
    }

    public Client toModel() {
        return new Client(id, familyName, givenNames, dateOfBirth, nationality, List.copyOf(languages), phone, email,
                municipality, arrivalDate, employable,
                street == null && postalCode == null && city == null ? null : new Address(street, postalCode, city),
                household.stream().map(HouseholdLinkEmbeddable::toModel)
                        .sorted((a, b) -> a.clientId().compareTo(b.clientId())).toList(),
                version);
    }

    /** Forgets the household link to a deleted client. */
    public void unlinkHousehold(String otherClientId) {
        household.removeIf(h -> h.otherClientId().equals(otherClientId));
    }
}
