package de.kim.core.internal.export;

import de.kim.api.DirectoryService;
import de.kim.api.IndicatorService;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.access.AuditTrail;
import de.kim.api.access.Caller;
import de.kim.api.access.ForbiddenException;
import de.kim.api.access.Role;
import de.kim.api.connect.StateExport;
import de.kim.api.connect.StateExportRecord;
import de.kim.api.model.Dimension;
import de.kim.api.model.District;
import de.kim.api.model.IndicatorDefinition;
import de.kim.api.model.IndicatorValues;
import de.kim.core.internal.persistence.Hashes;
import de.kim.core.internal.persistence.Transactions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Builds the export to the state's KIM database from the standard indicators (those of the core, ids
 * {@code kim.*}): each by municipality, legal domain and target group, as far as it can be broken down so,
 * suppressed by the indicator service (small cells and the complementary cells that would give them away).
 */
@Component(service = {StateExport.class, JpaStateExport.class})
public final class JpaStateExport implements StateExport {
    static final String SCHEMA = "schemas/kim-state-export-1.0.schema.json";
    private static final List<Dimension> BREAKDOWNS = List.of(Dimension.MUNICIPALITY, Dimension.LEGAL_DOMAIN,
            Dimension.TARGET_GROUP);
    private static final Set<Role> ROLES = EnumSet.of(Role.COORDINATOR, Role.STEERING, Role.SYSTEM);

    private final Transactions tx;
    private final IndicatorService indicators;
    private final DirectoryService directory;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();
    private final String schema;

    @Activate
    public JpaStateExport(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa,
            @Reference IndicatorService indicators, @Reference DirectoryService directory, @Reference AuditTrail audit) {
        this.tx = new Transactions(jpa);
        this.indicators = indicators;
        this.directory = directory;
        this.audit = audit;
        try (InputStream in = JpaStateExport.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            this.schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the schema " + SCHEMA + " is missing from the bundle", e);
        }
    }

    @Override
    public File export(Caller caller, int period, Format format) {
        allowed(caller);
        if (period < 2000 || period > 2100) {
            throw new ValidationException(List.of(new Violation("period", "a year between 2000 and 2100")));
        }
        if (format == null) {
            throw new ValidationException(List.of(new Violation("format", "json or csv")));
        }
        List<StateFigures.Indicator> list = new ArrayList<>();
        for (IndicatorDefinition d : indicators.indicators()) {
            if (!d.id().startsWith("kim.") || !d.active()) {
                continue;
            }
            List<IndicatorValues> breakdowns = new ArrayList<>();
            for (Dimension by : BREAKDOWNS) {
                if (d.dimensions().contains(by)) {
                    breakdowns.add(indicators.values(caller, d.id(), by, period));
                }
            }
            list.add(new StateFigures.Indicator(d.id(), d.version(), d.label().getOrDefault("de", d.id()),
                    d.label().getOrDefault("en", d.id()), breakdowns));
        }
        int threshold = list.stream().flatMap(i -> i.breakdowns().stream()).mapToInt(IndicatorValues::threshold)
                .findFirst().orElse(0);
        Instant now = clock.instant();
        District district = directory.district().orElse(null);
        StateFigures figures = new StateFigures(district, period, now, threshold, list);
        byte[] content = format == Format.JSON ? figures.json() : figures.csv();
        String key = district == null ? "kim" : district.key();
        String fileName = "KIM-Landesmeldung-" + key + "-" + period + "." + format.extension();
        String sha256 = Hashes.sha256(content);
        // the record of an export is kept like an audit row: also while the platform is read-only, when exports work
        StateExportRecord record = tx.maintain(em -> {
            StateExportEntity entity = new StateExportEntity(period, format.extension(), now, caller.user(), fileName,
                    sha256, content.length, figures.cells(), figures.suppressed());
            em.persist(entity);
            em.flush();
            return entity.toModel();
        });
        audit.administered(caller, "export.state", fileName + " sha256 " + sha256 + " (" + record.cells()
                + " cells, " + record.suppressed() + " suppressed)");
        return new File(record, content);
    }

    @Override
    public List<StateExportRecord> records(Caller caller, int limit) {
        allowed(caller);
        return tx.read(em -> em.createQuery("SELECT e FROM StateExportEntity e ORDER BY e.id DESC",
                StateExportEntity.class).setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList().stream()
                .map(StateExportEntity::toModel).toList());
    }

    /** The years an export was recorded for by {@code user}. */
    Set<Integer> periodsExportedBy(String user) {
        return tx.read(em -> Set.copyOf(em.createQuery("SELECT DISTINCT e.period FROM StateExportEntity e"
                + " WHERE e.createdBy = :u", Integer.class).setParameter("u", user).getResultList()));
    }

    @Override
    public String schema() {
        return schema;
    }

    private static void allowed(Caller caller) {
        if (caller == null || !caller.hasAny(ROLES)) {
            throw new ForbiddenException("the state export is for the coordination and the steering group");
        }
    }
}
