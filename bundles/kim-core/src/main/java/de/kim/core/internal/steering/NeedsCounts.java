package de.kim.core.internal.steering;

import de.kim.api.model.CasePhase;
import de.kim.api.model.LegalDomain;
import de.kim.api.model.ResidenceTitle;
import de.kim.api.model.TargetGroup;
import de.kim.core.internal.indicators.SmallCells;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.persistence.EntityManager;

/**
 * The figures of a needs assessment derived from the data of one municipality, as they stood at the end
 * of a year: clients by target group (of their cases active in the year), residence status and legal
 * domain on the last day, age band, and the Rechtskreiswechsel that took effect in the year. Counted in
 * the database, grouped; suppression is applied by the caller.
 */
final class NeedsCounts {
    static final String TARGET_GROUP = "TARGET_GROUP";
    static final String RESIDENCE_STATUS = "RESIDENCE_STATUS";
    static final String AGE_BAND = "AGE_BAND";
    static final String LEGAL_DOMAIN = "LEGAL_DOMAIN";
    static final String HANDOVER = "HANDOVER";

    /** Age bands: first year of age of each band, with its label. */
    private static final Map<Integer, String> AGE_BANDS = new LinkedHashMap<>();

    static {
        AGE_BANDS.put(0, "0–5 Jahre");
        AGE_BANDS.put(6, "6–17 Jahre");
        AGE_BANDS.put(18, "18–26 Jahre");
        AGE_BANDS.put(27, "27–64 Jahre");
        AGE_BANDS.put(65, "65 Jahre und älter");
    }

    private final EntityManager em;
    private final String ags;

    NeedsCounts(EntityManager em, String ags) {
        this.em = em;
        this.ags = ags;
    }

    /** Group → ordered counts for the year. */
    Map<String, List<SmallCells.Count>> year(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        Map<String, List<SmallCells.Count>> groups = new LinkedHashMap<>();
        groups.put(TARGET_GROUP, counts(em.createQuery("SELECT k.targetGroup, COUNT(DISTINCT k.clientId) FROM CaseEntity k"
                + " WHERE k.ownerMunicipality = :a AND k.openedOn <= :end AND (k.closedOn IS NULL OR k.closedOn >= :start)"
                + " GROUP BY k.targetGroup", Object[].class).setParameter("a", ags).setParameter("start", start)
                .setParameter("end", end).getResultList(), k -> ((TargetGroup) k).displayName()));
        groups.put(RESIDENCE_STATUS, counts(em.createQuery("SELECT s.title, COUNT(DISTINCT s.clientId)"
                + " FROM ResidenceStatusEntity s, ClientEntity c WHERE c.id = s.clientId AND c.municipality = :a"
                + " AND s.validFrom <= :end AND (s.validTo IS NULL OR s.validTo >= :end) GROUP BY s.title", Object[].class)
                .setParameter("a", ags).setParameter("end", end).getResultList(),
                k -> ((ResidenceTitle) k).displayName()));
        groups.put(LEGAL_DOMAIN, counts(em.createQuery("SELECT p.domain, COUNT(DISTINCT p.clientId)"
                + " FROM LegalDomainPeriodEntity p, ClientEntity c WHERE c.id = p.clientId AND c.municipality = :a"
                + " AND p.from <= :end AND (p.to IS NULL OR p.to >= :end) GROUP BY p.domain", Object[].class)
                .setParameter("a", ags).setParameter("end", end).getResultList(),
                k -> ((LegalDomain) k).displayName()));
        groups.put(AGE_BAND, ageBands(end));
        groups.put(HANDOVER, counts(em.createQuery("SELECT t.to, COUNT(t) FROM PlannedTransitionEntity t,"
                + " ClientEntity c WHERE c.id = t.clientId AND c.municipality = :a AND t.effectiveDate BETWEEN :start"
                + " AND :end GROUP BY t.to", Object[].class).setParameter("a", ags).setParameter("start", start)
                .setParameter("end", end).getResultList(), k -> "Rechtskreiswechsel nach " + ((LegalDomain) k).displayName()));
        return groups;
    }

    /** Open cases of the municipality now (not for a past year: phases keep no history). */
    long openCases() {
        return em.createQuery("SELECT COUNT(k) FROM CaseEntity k WHERE k.ownerMunicipality = :a AND k.phase <> :closed",
                Long.class).setParameter("a", ags).setParameter("closed", CasePhase.CLOSED).getSingleResult();
    }

    private List<SmallCells.Count> ageBands(LocalDate end) {
        Map<Integer, Long> bands = new TreeMap<>();
        for (Object[] row : em.createQuery("SELECT c.dateOfBirth, COUNT(c) FROM ClientEntity c WHERE c.municipality = :a"
                + " AND c.dateOfBirth <= :end AND (c.arrivalDate IS NULL OR c.arrivalDate <= :end) GROUP BY c.dateOfBirth",
                Object[].class).setParameter("a", ags).setParameter("end", end).getResultList()) {
            int age = Period.between((LocalDate) row[0], end).getYears();
            int band = AGE_BANDS.keySet().stream().filter(b -> b <= age).reduce((a, b) -> b).orElse(0);
            bands.merge(band, (Long) row[1], Long::sum);
        }
        List<SmallCells.Count> counts = new ArrayList<>();
        AGE_BANDS.forEach((band, label) -> counts.add(new SmallCells.Count(String.format("%02d", band), label,
                bands.getOrDefault(band, 0L), null)));
        return counts;
    }

    private static List<SmallCells.Count> counts(List<Object[]> rows, java.util.function.Function<Object, String> label) {
        List<SmallCells.Count> counts = new ArrayList<>();
        for (Object[] row : rows) {
            String key = row[0] instanceof Enum<?> e ? e.name() : String.valueOf(row[0]);
            counts.add(new SmallCells.Count(key, label.apply(row[0]), (Long) row[1], null));
        }
        return counts;
    }
}
