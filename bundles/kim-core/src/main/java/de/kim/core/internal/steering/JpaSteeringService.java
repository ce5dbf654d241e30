package de.kim.core.internal.steering;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.kim.api.ConflictException;
import de.kim.api.DirectoryService;
import de.kim.api.IndicatorService;
import de.kim.api.KimException;
import de.kim.api.NotFoundException;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.access.Caller;
import de.kim.api.access.Role;
import de.kim.api.model.CasePhase;
import de.kim.api.model.Dimension;
import de.kim.api.model.IndicatorDefinition;
import de.kim.api.model.IndicatorValues;
import de.kim.api.model.LegalDomain;
import de.kim.api.model.Municipality;
import de.kim.api.model.Office;
import de.kim.api.model.StructuralFinding;
import de.kim.api.steering.Caseload;
import de.kim.api.steering.EnteredNeeds;
import de.kim.api.steering.FindingCount;
import de.kim.api.steering.MonitoringSnapshot;
import de.kim.api.steering.NeedsAssessment;
import de.kim.api.steering.Post;
import de.kim.api.steering.PostRole;
import de.kim.api.steering.SteeringFigures;
import de.kim.api.steering.SteeringMeeting;
import de.kim.api.steering.SteeringService;
import de.kim.core.internal.access.AccessGuard;
import de.kim.core.internal.clock.PlatformClock;
import de.kim.core.internal.indicators.SmallCells;
import de.kim.core.internal.persistence.Hashes;
import de.kim.core.internal.persistence.Transactions;
import de.kim.core.internal.store.StructuralFindingEntity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The steering half of KIM in the core's database, behind the core's access guard. */
@Component(service = {SteeringService.class, JpaSteeringService.class}, configurationPid = "de.kim.indicators")
public final class JpaSteeringService implements SteeringService {
    static final Set<Role> READ = EnumSet.of(Role.COORDINATOR, Role.STEERING);
    private static final Set<Role> POSTS = EnumSet.of(Role.COORDINATOR, Role.STEERING, Role.ADMIN);
    private static final Set<Role> POSTS_WRITE = EnumSet.of(Role.COORDINATOR, Role.ADMIN);
    private static final Set<Role> WRITE = EnumSet.of(Role.COORDINATOR);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final Transactions tx;
    private final AccessGuard guard;
    private final DirectoryService directory;
    private final IndicatorService indicators;
    private final Clock clock;
    private final int threshold;
    /** Two lanes (the reference machine has two cores) for the indicator queries of the steering figures. */
    private final ExecutorService lanes = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "kim-steering-figures");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public JpaSteeringService(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa, @Reference AccessGuard guard,
            @Reference DirectoryService directory, @Reference IndicatorService indicators,
            @Reference(target = PlatformClock.TARGET) Clock clock, Map<String, Object> config) {
        this.tx = new Transactions(jpa);
        this.guard = guard;
        this.directory = directory;
        this.indicators = indicators;
        this.clock = clock;
        Object configured = config.get("threshold");
        this.threshold = configured == null ? 5 : Integer.parseInt(String.valueOf(configured).strip());
    }

    @Deactivate
    void stop() {
        lanes.shutdownNow();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public List<Post> posts(Caller caller, boolean all) {
        LocalDate today = today();
        return tx.read(em -> {
            guard.list(em, caller, "posts.list", POSTS, "all=" + all);
            return em.createQuery("SELECT p FROM PostEntity p ORDER BY p.municipality, p.role, p.id", PostEntity.class)
                    .getResultList().stream().map(PostEntity::toModel).filter(p -> all || p.activeOn(today)).toList();
        });
    }

    @Override
    public Post savePost(Caller caller, Post post) {
        checkPost(post);
        return tx.write(em -> {
            guard.list(em, caller, "post.save", POSTS_WRITE, post.id() == null ? "new" : "post " + post.id());
            if (post.id() == null) {
                PostEntity created = new PostEntity(post);
                em.persist(created);
                em.flush();
                return created.toModel();
            }
            PostEntity existing = em.find(PostEntity.class, post.id());
            if (existing == null) {
                throw new NotFoundException("no post " + post.id());
            }
            if (post.version() == null || post.version() != existing.version()) {
                throw new ConflictException("post " + post.id() + " was changed by someone else (version "
                        + existing.version() + "); read it again");
            }
            existing.update(post);
            em.flush();
            return existing.toModel();
        });
    }

    private void checkPost(Post p) {
        if (p == null) {
            throw new ValidationException(List.of(new Violation("body", "a post is required")));
        }
        List<Violation> v = new ArrayList<>();
        if (p.municipality() == null || !knownArea(p.municipality())) {
            v.add(new Violation("municipality", "must be the AGS of a municipality or the district key"));
        }
        if (p.role() == null) {
            v.add(new Violation("role", "is required: COORDINATOR, CASE_MANAGER or ABH_EBH"));
        }
        if (p.fte() == null || p.fte() <= 0 || p.fte() > 1) {
            v.add(new Violation("fte", "must be a full-time equivalent above 0 and at most 1"));
        }
        if (p.from() == null) {
            v.add(new Violation("from", "is required"));
        } else if (p.to() != null && p.to().isBefore(p.from())) {
            v.add(new Violation("to", "ends before it begins"));
        }
        if (p.officeId() != null) {
            try {
                directory.office(p.officeId());
            } catch (NotFoundException e) {
                v.add(new Violation("officeId", "no office with id " + p.officeId()));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private boolean knownArea(String ags) {
        if (ags.matches("[0-9]{5}")) {
            return directory.municipalities(false).stream().anyMatch(m -> m.districtKey().equals(ags));
        }
        try {
            directory.municipality(ags);
            return true;
        } catch (KimException e) {
            return false;
        }
    }

    @Override
    public List<Caseload> caseloads(Caller caller) {
        return caseloads(caller, today());
    }

    @Override
    public List<Caseload> caseloads(Caller caller, LocalDate asOf) {
        LocalDate day = asOf == null || asOf.isAfter(today()) ? today() : asOf;
        return tx.read(em -> {
            guard.list(em, caller, "caseloads", READ, "on " + day);
            return caseloads(em, day);
        });
    }

    private List<Caseload> caseloads(EntityManager em, LocalDate today) {
        Map<String, Long> open = new HashMap<>();
        // open at the end of the day: opened by then, and not closed by then
        for (Object[] row : em.createQuery("SELECT k.ownerMunicipality, COUNT(k) FROM CaseEntity k WHERE k.openedOn <= :day"
                + " AND (k.closedOn IS NULL AND k.phase <> :closed OR k.closedOn > :day) GROUP BY k.ownerMunicipality",
                Object[].class).setParameter("day", today).setParameter("closed", CasePhase.CLOSED).getResultList()) {
            open.put((String) row[0], (Long) row[1]);
        }
        Map<String, Double> fte = new HashMap<>();
        for (PostEntity p : em.createQuery("SELECT p FROM PostEntity p WHERE p.role = :cm", PostEntity.class)
                .setParameter("cm", PostRole.CASE_MANAGER).getResultList()) {
            Post post = p.toModel();
            if (post.activeOn(today)) {
                fte.merge(post.municipality(), post.fte(), Double::sum);
            }
        }
        List<Municipality> kim = directory.municipalities(true);
        List<SmallCells.Count> counts = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (Municipality m : kim) {
            names.put(m.ags(), m.name());
            counts.add(new SmallCells.Count(m.ags(), m.name(), open.getOrDefault(m.ags(), 0L), null));
        }
        long all = open.values().stream().mapToLong(Long::longValue).sum();
        SmallCells.Count total = new SmallCells.Count("total", "Kreis gesamt", all, null);
        List<Caseload> result = new ArrayList<>();
        for (IndicatorValues.Row row : SmallCells.suppress(counts, total, threshold)) {
            boolean district = row.key().equals("total");
            double posts = district ? fte.values().stream().mapToDouble(Double::doubleValue).sum()
                    : fte.getOrDefault(row.key(), 0.0);
            Long cases = row.suppressed() ? null : row.numerator();
            String ags = district ? kim.isEmpty() ? "" : kim.get(0).districtKey() : row.key();
            result.add(new Caseload(ags, district ? "Kreis gesamt (mit kreisweiten Stellen)" : names.get(row.key()),
                    cases, posts, cases == null || posts == 0 ? null : Math.round(cases / posts * 10) / 10.0,
                    row.suppressed()));
        }
        return result;
    }

    @Override
    public NeedsAssessment needs(Caller caller, String ags, int period) {
        Municipality m = municipality(ags);
        return assessments(caller, List.of(m), period, ags, ags).get(0);
    }

    @Override
    public List<NeedsAssessment> needs(Caller caller, int period) {
        return assessments(caller, directory.municipalities(true), period, null, "all KIM municipalities");
    }

    /** @param only the one municipality to count (the query is restricted to it), or null for all */
    private List<NeedsAssessment> assessments(Caller caller, List<Municipality> towns, int period, String only,
            String which) {
        Map<String, List<NeedsAssessment.Responsibility>> responsible = new HashMap<>();
        for (Municipality m : towns) {
            List<NeedsAssessment.Responsibility> offices = new ArrayList<>();
            for (LegalDomain domain : LegalDomain.values()) {
                try {
                    Office o = directory.responsibleOffice(m.ags(), domain);
                    offices.add(new NeedsAssessment.Responsibility(domain.name(), domain.displayName(), o.id(), o.name()));
                } catch (KimException none) {
                    // no office for this domain there
                }
            }
            responsible.put(m.ags(), offices);
        }
        return tx.read(em -> {
            guard.list(em, caller, "needs.read", READ, which + " " + period);
            Map<String, Map<String, List<SmallCells.Count>>>[] years = new NeedsCounts(em, only).years(period);
            Map<String, Map<String, List<SmallCells.Count>>> now = years[0];
            Map<String, Map<String, List<SmallCells.Count>>> before = years[1];
            List<NeedsAssessment> result = new ArrayList<>();
            for (Municipality m : towns) {
                List<NeedsAssessment.NeedsFigure> figures = new ArrayList<>();
                for (String group : NeedsCounts.groups()) {
                    Map<String, IndicatorValues.Row> current = suppressed(now.getOrDefault(m.ags(), Map.of())
                            .getOrDefault(group, List.of()));
                    Map<String, IndicatorValues.Row> previous = suppressed(before.getOrDefault(m.ags(), Map.of())
                            .getOrDefault(group, List.of()));
                    Set<String> keys = new java.util.LinkedHashSet<>(current.keySet());
                    keys.addAll(previous.keySet());
                    keys.remove("total");
                    keys.add("total");
                    for (String key : keys) {
                        IndicatorValues.Row c = current.get(key);
                        IndicatorValues.Row p = previous.get(key);
                        figures.add(new NeedsAssessment.NeedsFigure(group, key, c != null ? c.label() : p.label(),
                                value(c), value(p), c != null && c.suppressed(), p != null && p.suppressed()));
                    }
                }
                result.add(new NeedsAssessment(m.ags(), m.name(), period, figures, entered(em, m.ags(), period),
                        entered(em, m.ags(), period - 1), responsible.get(m.ags()), threshold));
            }
            return result;
        });
    }

    /** A group's rows after suppression by key; the group's total last under "total". */
    private Map<String, IndicatorValues.Row> suppressed(List<SmallCells.Count> counts) {
        long sum = counts.stream().mapToLong(SmallCells.Count::numerator).sum();
        Map<String, IndicatorValues.Row> rows = new java.util.LinkedHashMap<>();
        for (IndicatorValues.Row row : SmallCells.suppress(counts, new SmallCells.Count("total", "Gesamt", sum, null),
                threshold)) {
            rows.put(row.key(), row);
        }
        return rows;
    }

    private static Long value(IndicatorValues.Row row) {
        return row == null ? Long.valueOf(0) : row.suppressed() ? null : row.numerator();
    }

    private static EnteredNeeds entered(EntityManager em, String ags, int period) {
        return find(em, ags, period).map(NeedsEntity::toModel).orElse(EnteredNeeds.none());
    }

    private static java.util.Optional<NeedsEntity> find(EntityManager em, String ags, int period) {
        return em.createQuery("SELECT n FROM NeedsEntity n WHERE n.municipality = :a AND n.period = :p", NeedsEntity.class)
                .setParameter("a", ags).setParameter("p", period).getResultList().stream().findFirst();
    }

    private Municipality municipality(String ags) {
        try {
            return directory.municipality(ags);
        } catch (KimException e) {
            throw new NotFoundException("no municipality with AGS " + ags);
        }
    }

    @Override
    public EnteredNeeds enterNeeds(Caller caller, String ags, int period, EnteredNeeds entered) {
        municipality(ags);
        if (entered == null) {
            throw new ValidationException(List.of(new Violation("body", "the entered figures are required")));
        }
        List<Violation> v = new ArrayList<>();
        nonNegative(v, "allocationsAnnounced", entered.allocationsAnnounced());
        nonNegative(v, "familyReunifications", entered.familyReunifications());
        nonNegative(v, "languageCoursePlaces", entered.languageCoursePlaces());
        nonNegative(v, "childcarePlacesMissing", entered.childcarePlacesMissing());
        if (period < 2000 || period > 2100) {
            v.add(new Violation("period", "must be a year"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return tx.write(em -> {
            guard.list(em, caller, "needs.enter", WRITE, ags + " " + period);
            NeedsEntity needs = find(em, ags, period).orElse(null);
            if (needs == null) {
                needs = new NeedsEntity(ags, period);
                needs.update(entered);
                em.persist(needs);
            } else if (entered.version() == null || entered.version() != needs.version()) {
                throw new ConflictException("the needs assessment of " + ags + " for " + period
                        + " was changed by someone else; read it again");
            } else {
                needs.update(entered);
            }
            em.flush();
            return needs.toModel();
        });
    }

    private static void nonNegative(List<Violation> v, String field, Integer value) {
        if (value != null && value < 0) {
            v.add(new Violation(field, "must not be negative"));
        }
    }

    @Override
    public List<SteeringFigures> figures(Caller caller, int period, int fromPeriod) {
        tx.read(em -> {
            guard.list(em, caller, "steering.figures", READ, period + " from " + fromPeriod);
            return null;
        });
        return new SteeringTable(indicators, directory.municipalities(true), lanes).figures(caller, period, fromPeriod);
    }

    @Override
    public List<FindingCount> findingCounts(Caller caller) {
        return tx.read(em -> {
            guard.list(em, caller, "findings.counted", READ, "by topic and municipality");
            return FindingCounts.count(em, directory.municipalities(false));
        });
    }

    @Override
    public List<MonitoringSnapshot> snapshots(Caller caller, Integer period) {
        return tx.read(em -> {
            guard.list(em, caller, "snapshots.list", READ, "period=" + period);
            var query = em.createQuery("SELECT s FROM SnapshotEntity s" + (period == null ? "" : " WHERE s.period = :p")
                    + " ORDER BY s.period DESC, s.id DESC", SnapshotEntity.class);
            if (period != null) {
                query.setParameter("p", period);
            }
            return query.getResultList().stream().map(JpaSteeringService::snapshot).toList();
        });
    }

    /** The years that have a snapshot, without reading the figures (for the schedule; not audited: no data). */
    Set<Integer> snapshotPeriods() {
        return tx.read(em -> new java.util.HashSet<>(em.createQuery("SELECT DISTINCT s.period FROM SnapshotEntity s",
                Integer.class).getResultList()));
    }

    @Override
    public MonitoringSnapshot takeSnapshot(Caller caller, int period) {
        Set<Role> who = caller.has(Role.SYSTEM) ? EnumSet.of(Role.SYSTEM) : WRITE;
        tx.read(em -> {
            guard.list(em, caller, "snapshot.check", who, "period " + period);
            return null;
        });
        List<SteeringFigures> figures = new SteeringTable(indicators, directory.municipalities(true), lanes)
                .figures(caller, period, period - 4);
        List<Caseload> loads = tx.read(em -> caseloads(em, today()));
        String content;
        try {
            content = JSON.writeValueAsString(new Stored(figures, loads));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("figures could not be written", e);
        }
        String hash = Hashes.sha256(content);
        return tx.write(em -> {
            guard.list(em, caller, "snapshot.take", who, "period " + period + " sha256 " + hash);
            SnapshotEntity s = new SnapshotEntity(period, Instant.now(clock), caller.user(), hash, content);
            em.persist(s);
            em.flush();
            return snapshot(s);
        });
    }

    /** What a snapshot stores. */
    record Stored(List<SteeringFigures> figures, List<Caseload> caseloads) {
    }

    private static MonitoringSnapshot snapshot(SnapshotEntity s) {
        try {
            Stored stored = JSON.readValue(s.figures(), Stored.class);
            return new MonitoringSnapshot(s.id(), s.period(), s.takenAt(), s.takenBy(), s.sha256(), stored.figures(),
                    stored.caseloads());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot " + s.id() + " cannot be read", e);
        }
    }

    @Override
    public List<SteeringMeeting> meetings(Caller caller) {
        return tx.read(em -> {
            guard.list(em, caller, "meetings.list", READ, "all");
            return em.createQuery("SELECT m FROM MeetingEntity m ORDER BY m.date DESC, m.id DESC", MeetingEntity.class)
                    .getResultList().stream().map(m -> Meetings.model(em, m)).toList();
        });
    }

    @Override
    public SteeringMeeting meeting(Caller caller, long id) {
        return tx.read(em -> {
            guard.list(em, caller, "meeting.read", READ, "meeting " + id);
            return Meetings.model(em, Meetings.find(em, id));
        });
    }

    @Override
    public SteeringMeeting scheduleMeeting(Caller caller, SteeringMeeting meeting) {
        Meetings.check(meeting);
        return tx.write(em -> {
            guard.list(em, caller, "meeting.schedule", WRITE, meeting.date() + " " + meeting.title());
            MeetingEntity m = new MeetingEntity(meeting, em.createQuery("SELECT f FROM StructuralFindingEntity f",
                    StructuralFindingEntity.class).getResultList().stream().map(StructuralFindingEntity::toModel)
                    .filter(f -> f.status() != StructuralFinding.Status.RESOLVED)
                    .sorted(java.util.Comparator.comparing(StructuralFinding::reportedOn).thenComparing(StructuralFinding::id))
                    .map(StructuralFinding::id).toList());
            em.persist(m);
            em.flush();
            return Meetings.model(em, m);
        });
    }

    @Override
    public SteeringMeeting recordDecision(Caller caller, long meetingId, SteeringMeeting.Decision decision) {
        Meetings.check(decision);
        return tx.write(em -> {
            guard.list(em, caller, "meeting.decide", WRITE, "meeting " + meetingId + " finding " + decision.findingId());
            return Meetings.decide(em, Meetings.find(em, meetingId), decision);
        });
    }
}
