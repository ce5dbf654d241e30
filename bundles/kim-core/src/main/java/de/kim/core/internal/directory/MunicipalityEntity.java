package de.kim.core.internal.directory;

import de.kim.api.model.Municipality;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

@Entity
@Table(name = "KIM_MUNICIPALITY")
public class MunicipalityEntity {
    @Id
    @Column(length = 8)
    private String ags;

    @Column(nullable = false)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "DISTRICT_KEY")
    private DistrictEntity district;

    private int population;

    private LocalDate populationDate;

    private boolean kimParticipant;

    protected MunicipalityEntity() {
    }

    MunicipalityEntity(String ags, String name, DistrictEntity district, int population,
            LocalDate populationDate, boolean kimParticipant) {
        this.ags = ags;
        this.name = name;
        this.district = district;
        this.population = population;
        this.populationDate = populationDate;
        this.kimParticipant = kimParticipant;
    }

    String ags() {
        return ags;
    }

    String name() {
        return name;
    }

    Municipality toModel() {
        return new Municipality(ags, name, district.key(), population, populationDate, kimParticipant);
    }
}
