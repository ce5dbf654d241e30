package de.kim.core.internal.steering;

import de.kim.api.steering.Post;
import de.kim.api.steering.PostRole;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@SequenceGenerator(name = "KIM_POST_ID_SEQ", sequenceName = "KIM_POST_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_POST", indexes = {@Index(columnList = "MUNICIPALITY"), @Index(columnList = "HOLDER")})
public class PostEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_POST_ID_SEQ")
    private Long id;

    @Column(name = "MUNICIPALITY", length = 8, nullable = false)
    private String municipality;

    private Long officeId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private PostRole role;

    private double fte;

    @Column(length = 60)
    private String funding;

    @Column(length = 200)
    private String placement;

    @Column(name = "HOLDER", length = 100)
    private String holder;

    @Column(length = 200)
    private String holderName;

    @Column(name = "FROM_DATE", nullable = false)
    private LocalDate from;

    @Column(name = "TO_DATE")
    private LocalDate to;

    @Version
    private long version;

    protected PostEntity() {
    }

    public PostEntity(Post p) {
        update(p);
    }

    public final void update(Post p) {
        this.municipality = p.municipality();
        this.officeId = p.officeId();
        this.role = p.role();
        this.fte = p.fte();
        this.funding = p.funding();
        this.placement = p.placement();
        this.holder = p.holder() == null || p.holder().isBlank() ? null : p.holder().strip();
        this.holderName = p.holderName();
        this.from = p.from();
        this.to = p.to();
    }

    public long version() {
        return version;
    }

    public Post toModel() {
        return new Post(id, municipality, officeId, role, fte, funding, placement, holder, holderName, from, to, version);
    }
}
