package de.kim.core.internal.directory;

import de.kim.api.model.District;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "KIM_DISTRICT")
public class DistrictEntity {
    @Id
    @Column(name = "DISTRICT_KEY", length = 5)
    private String key;

    @Column(nullable = false)
    private String name;

    private String seat;

    protected DistrictEntity() {
    }

    DistrictEntity(String key, String name, String seat) {
        this.key = key;
        this.name = name;
        this.seat = seat;
    }

    String key() {
        return key;
    }

    District toModel() {
        return new District(key, name, seat);
    }
}
