package de.kim.core.internal.directory;

import de.kim.api.model.ServiceOffer;
import de.kim.api.model.TopicArea;
import java.util.HashSet;
import java.util.Set;
import javax.persistence.Column;
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
import javax.persistence.ManyToOne;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@SequenceGenerator(name = "KIM_SERVICE_ID_SEQ", sequenceName = "KIM_SERVICE_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_SERVICE")
public class ServiceOfferEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_SERVICE_ID_SEQ")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "PROVIDER_OFFICE_ID")
    private OfficeEntity provider;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private TopicArea topicArea;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "KIM_SERVICE_MUNICIPALITY", joinColumns = @JoinColumn(name = "SERVICE_ID"),
            inverseJoinColumns = @JoinColumn(name = "AGS"))
    private Set<MunicipalityEntity> municipalities = new HashSet<>();

    @Column(length = 4000)
    private String description;

    protected ServiceOfferEntity() {
    }

    ServiceOfferEntity(ServiceOffer service, OfficeEntity provider, Set<MunicipalityEntity> municipalities) {
        assign(service, provider, municipalities);
    }

    final void assign(ServiceOffer service, OfficeEntity newProvider, Set<MunicipalityEntity> newMunicipalities) {
        this.name = service.name().strip();
        this.provider = newProvider;
        this.topicArea = service.topicArea();
        this.municipalities = new HashSet<>(newMunicipalities);
        this.description = service.description();
    }

    ServiceOffer toModel() {
        return new ServiceOffer(id, name, provider.id(), topicArea,
                municipalities.stream().map(MunicipalityEntity::ags).sorted().toList(), description);
    }
}
