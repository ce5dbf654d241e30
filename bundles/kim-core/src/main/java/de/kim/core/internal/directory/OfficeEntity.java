package de.kim.core.internal.directory;

import de.kim.api.model.LegalDomain;
import de.kim.api.model.Office;
import de.kim.api.model.OfficeKind;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.JoinTable;
import javax.persistence.ManyToMany;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@SequenceGenerator(name = "KIM_OFFICE_ID_SEQ", sequenceName = "KIM_OFFICE_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_OFFICE")
public class OfficeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_OFFICE_ID_SEQ")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfficeKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "KIM_OFFICE_LEGAL_DOMAIN", joinColumns = @JoinColumn(name = "OFFICE_ID"))
    @Column(name = "LEGAL_DOMAIN", length = 20)
    private Set<LegalDomain> legalDomains = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "KIM_OFFICE_MUNICIPALITY", joinColumns = @JoinColumn(name = "OFFICE_ID"),
            inverseJoinColumns = @JoinColumn(name = "AGS"))
    private Set<MunicipalityEntity> municipalities = new HashSet<>();

    @Embedded
    private AddressEmbeddable address;

    protected OfficeEntity() {
    }

    OfficeEntity(Office office, Set<MunicipalityEntity> municipalities) {
        assign(office, municipalities);
    }

    final void assign(Office office, Set<MunicipalityEntity> newMunicipalities) {
        this.name = office.name().strip();
        this.kind = office.kind();
        this.legalDomains = new HashSet<>(office.legalDomains());
        this.municipalities = new HashSet<>(newMunicipalities);
        this.address = AddressEmbeddable.of(office.address());
    }

    Long id() {
        return id;
    }

    Office toModel() {
        return new Office(id, name, kind,
                legalDomains.stream().sorted().toList(),
                municipalities.stream().map(MunicipalityEntity::ags).sorted(Comparator.naturalOrder()).toList(),
                address == null ? null : address.toModel());
    }

    public OfficeKind kind() {
        return kind;
    }
}
