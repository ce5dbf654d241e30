package de.kim.core.internal.directory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.kim.api.KimException;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.Ags;
import de.kim.api.model.Office;
import de.kim.api.model.ServiceOffer;
import de.kim.core.internal.persistence.Transactions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the directory (district, municipalities, offices, services) from a JSON file on first
 * start, when the database has no district yet. Later starts leave the database as it is, so the
 * seed is never duplicated and changes made since are kept.
 */
@Component(service = DirectorySeed.class, immediate = true, configurationPid = "de.kim.directory.seed")
@Designate(ocd = DirectorySeed.Config.class)
public final class DirectorySeed {
    private static final Logger LOG = LoggerFactory.getLogger(DirectorySeed.class);

    @ObjectClassDefinition(name = "KIM directory seed", description = "Directory data loaded into an empty database")
    public @interface Config {
        @AttributeDefinition(description = "Whether to load the seed file into an empty database")
        boolean seed_enabled() default true;

        @AttributeDefinition(description = "Path of the seed file; empty means ${karaf.etc}/kim-directory-hsk.json")
        String seed_file() default "";
    }

    @Activate
    public DirectorySeed(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa, Config config) {
        if (!config.seed_enabled()) {
            LOG.info("Directory seed disabled");
            return;
        }
        Path file = seedFile(config);
        try {
            new Transactions(jpa).maintain(em -> {
                load(em, file);
                return null;
            });
        } catch (KimException e) {
            LOG.error("Directory seed {} not loaded: {}", file, e.getMessage());
        }
    }

    private static Path seedFile(Config config) {
        if (!config.seed_file().isBlank()) {
            return Paths.get(config.seed_file());
        }
        return Paths.get(System.getProperty("karaf.etc", "etc"), "kim-directory-hsk.json");
    }

    private static void load(EntityManager em, Path file) {
        Long districts = em.createQuery("SELECT COUNT(d) FROM DistrictEntity d", Long.class).getSingleResult();
        if (districts > 0) {
            LOG.info("Directory already loaded; seed file {} not applied", file);
            return;
        }
        SeedFile seed = parse(file);
        if (seed.district() == null || !Ags.isDistrictKey(seed.district().key())) {
            throw invalid("district", "the seed file must name a district with a 5-digit key");
        }
        DistrictEntity district = new DistrictEntity(seed.district().key(), seed.district().name(), seed.district().seat());
        em.persist(district);
        for (SeedFile.SeedMunicipality m : seed.municipalities()) {
            if (!Ags.belongsTo(m.ags(), district.key())) {
                throw invalid("municipalities", "AGS " + m.ags() + " is not an AGS of district " + district.key());
            }
            if (m.name() == null || m.name().isBlank() || m.population() < 0) {
                throw invalid("municipalities", "municipality " + m.ags() + " needs a name and a population >= 0");
            }
            em.persist(new MunicipalityEntity(m.ags(), m.name(), district, m.population(), m.populationDate(),
                    m.kimParticipant()));
        }
        em.flush();
        DirectoryWriter writer = new DirectoryWriter(em);
        Map<String, Long> officeIds = new HashMap<>();
        for (SeedFile.SeedOffice o : seed.offices()) {
            OfficeEntity office = writer.createOffice(
                    new Office(null, o.name(), o.kind(), o.legalDomains(), o.municipalities(), o.address()));
            em.flush();
            if (o.ref() != null) {
                officeIds.put(o.ref(), office.id());
            }
        }
        for (SeedFile.SeedService s : seed.services()) {
            Long provider = officeIds.get(s.provider());
            if (provider == null) {
                throw invalid("services", "service '" + s.name() + "' names an unknown provider '" + s.provider() + "'");
            }
            writer.createService(new ServiceOffer(null, s.name(), provider, s.topicArea(), s.municipalities(),
                    s.description()));
        }
        LOG.info("Directory seed {} loaded: district {}, {} municipalities, {} offices, {} services", file,
                district.key(), seed.municipalities().size(), seed.offices().size(), seed.services().size());
    }

    private static SeedFile parse(Path file) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return mapper.readValue(Files.readAllBytes(file), SeedFile.class);
        } catch (IOException e) {
            throw invalid("file", "cannot read " + file + ": " + e.getMessage());
        }
    }

    private static ValidationException invalid(String field, String message) {
        return new ValidationException(List.of(new Violation(field, message)));
    }
}
