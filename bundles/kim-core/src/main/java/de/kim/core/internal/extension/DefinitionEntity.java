package de.kim.core.internal.extension;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/**
 * Every definition an extension ever declared, as declared: kept when its bundle goes, so data made
 * with it stays readable. One row per kind, id, version and content hash.
 */
@Entity
@SequenceGenerator(name = "KIM_DEFINITION_ID_SEQ", sequenceName = "KIM_DEFINITION_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_DEFINITION", indexes = @Index(columnList = "KIND, DEF_ID"))
public class DefinitionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_DEFINITION_ID_SEQ")
    private Long id;

    @Column(name = "KIND", length = 12, nullable = false)
    private String kind;

    @Column(name = "DEF_ID", length = 100, nullable = false)
    private String definitionId;

    @Column(name = "DEF_VERSION", length = 40, nullable = false)
    private String definitionVersion;

    @Column(length = 64, nullable = false)
    private String hash;

    @Lob
    @Column(nullable = false)
    private String content;

    @Column(length = 200, nullable = false)
    private String bundle;

    @Column(length = 60, nullable = false)
    private String bundleVersion;

    private boolean active;

    /** UTC; EclipseLink 2.7 maps LocalDateTime, not Instant. */
    private LocalDateTime declaredAt;

    protected DefinitionEntity() {
    }

    DefinitionEntity(Declared declared, Instant now) {
        this.kind = declared.kind().name();
        this.definitionId = declared.id();
        this.definitionVersion = declared.version();
        this.hash = declared.hash();
        this.content = declared.resolvedJson();
        this.bundle = declared.provenance().bundle();
        this.bundleVersion = declared.provenance().bundleVersion();
        this.declaredAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        this.active = true;
    }

    public String definitionId() {
        return definitionId;
    }

    public String definitionVersion() {
        return definitionVersion;
    }

    public String hash() {
        return hash;
    }

    public String content() {
        return content;
    }

    public String bundle() {
        return bundle;
    }

    public String bundleVersion() {
        return bundleVersion;
    }

    public boolean active() {
        return active;
    }

    void activate(boolean active) {
        this.active = active;
    }
}
