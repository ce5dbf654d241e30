package de.kim.core.internal.steering;

import de.kim.api.model.LegalDomain;
import de.kim.api.model.ResidenceTitle;
import de.kim.api.model.TargetGroup;
import de.kim.core.internal.indicators.SmallCells;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/**
 * The figures of a needs assessment derived from the data, for every municipality at once, as they stood at
 * the end of a year: cases active in the year by target group, residence status and Rechtskreis on the last
 * day, age bands, and the Rechtskreiswechsel that took effect in the year. Five grouped queries a year, counted
 * in the database; suppression is applied by the caller.
 */
final class NeedsCounts {
    static final String TARGET_GROUP = "TARGET_GROUP";
    static final String RESIDENCE_STATUS = "RESIDENCE_STATUS";
    static final String AGE_BAND = "AGE_BAND";
    static final String LEGAL_DOMAIN = "LEGAL_DOMAIN";
    static final String HANDOVER = "HANDOVER";
    private static final int[] BAND_STARTS = {0, 6, 18, 27, 65};
    private static final String[] BAND_LABELS = {"0–5 Jahre", "6–17 Jahre", "18–26 Jahre", "27–64 Jahre",
        "65 Jahre und älter"};

    private final EntityManager em;
    private final String only;

    /** @param only the AGS of the one municipality to count, or null for all */
    NeedsCounts(EntityManager em, String only) {
        this.em = em;
        this.only = only;
    }

    /** The condition that restricts a query to the one municipality, if one is set. */
    private String restrict(String agsColumn) {
        return only == null ? "" : " AND " + agsColumn + " = :only";
    }

    private TypedQuery<Object[]> query(String jpql) {
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
        return only == null ? q : q.setParameter("only", only);
    }

    /**
     * Municipality (AGS) → group → counts in a stable order, for the year (index 0) and the year before (index 1),
     * both counted in the same scan of each table.
     */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, List<SmallCells.Count>>>[] years(int year) {
        LocalDate s1 = LocalDate.of(year, 1, 1);
        LocalDate e1 = LocalDate.of(year, 12, 31);
        LocalDate s0 = s1.minusYears(1);
        LocalDate e0 = e1.minusYears(1);
        Map<String, Map<String, List<SmallCells.Count>>>[] result = new Map[] {new HashMap<>(), new HashMap<>()};
        add(result, TARGET_GROUP, query("SELECT k.ownerMunicipality, k.targetGroup,"
                + " SUM(CASE WHEN k.openedOn <= :e1 AND (k.closedOn IS NULL OR k.closedOn >= :s1) THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN k.openedOn <= :e0 AND (k.closedOn IS NULL OR k.closedOn >= :s0) THEN 1 ELSE 0 END)"
                + " FROM CaseEntity k WHERE k.openedOn <= :e1 AND (k.closedOn IS NULL OR k.closedOn >= :s0)"
                + restrict("k.ownerMunicipality") + " GROUP BY k.ownerMunicipality, k.targetGroup").setParameter("s1", s1)
                .setParameter("e1", e1).setParameter("s0", s0).setParameter("e0", e0).getResultList(),
                k -> ((TargetGroup) k).displayName());
        add(result, RESIDENCE_STATUS, query("SELECT c.municipality, s.title,"
                + " SUM(CASE WHEN s.validFrom <= :e1 AND (s.validTo IS NULL OR s.validTo >= :e1) THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN s.validFrom <= :e0 AND (s.validTo IS NULL OR s.validTo >= :e0) THEN 1 ELSE 0 END)"
                + " FROM ResidenceStatusEntity s, ClientEntity c WHERE c.id = s.clientId AND s.validFrom <= :e1"
                + " AND (s.validTo IS NULL OR s.validTo >= :e0)" + restrict("c.municipality") + " GROUP BY c.municipality, s.title")
                .setParameter("e1", e1).setParameter("e0", e0).getResultList(), k -> ((ResidenceTitle) k).displayName());
        add(result, LEGAL_DOMAIN, query("SELECT c.municipality, p.domain,"
                + " SUM(CASE WHEN p.from <= :e1 AND (p.to IS NULL OR p.to >= :e1) THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN p.from <= :e0 AND (p.to IS NULL OR p.to >= :e0) THEN 1 ELSE 0 END)"
                + " FROM LegalDomainPeriodEntity p, ClientEntity c WHERE c.id = p.clientId AND p.from <= :e1"
                + " AND (p.to IS NULL OR p.to >= :e0)" + restrict("c.municipality") + " GROUP BY c.municipality, p.domain")
                .setParameter("e1", e1).setParameter("e0", e0).getResultList(), k -> ((LegalDomain) k).displayName());
        ageBands(result[0], e1);
        ageBands(result[1], e0);
        add(result, HANDOVER, query("SELECT c.municipality, t.to,"
                + " SUM(CASE WHEN t.effectiveDate >= :s1 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN t.effectiveDate <= :e0 THEN 1 ELSE 0 END)"
                + " FROM PlannedTransitionEntity t, ClientEntity c WHERE c.id = t.clientId AND t.effectiveDate BETWEEN :s0"
                + " AND :e1" + restrict("c.municipality") + " GROUP BY c.municipality, t.to").setParameter("s1", s1).setParameter("s0", s0)
                .setParameter("e0", e0).setParameter("e1", e1).getResultList(),
                k -> "Rechtskreiswechsel nach " + ((LegalDomain) k).displayName());
        return result;
    }

    /** Clients by age band on {@code end}: younger than 6, 18, 27 and 65 counted in one scan. */
    private void ageBands(Map<String, Map<String, List<SmallCells.Count>>> result, LocalDate end) {
        List<Object[]> rows = query("SELECT c.municipality,"
                + " SUM(CASE WHEN c.dateOfBirth > :b6 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.dateOfBirth > :b18 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.dateOfBirth > :b27 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.dateOfBirth > :b65 THEN 1 ELSE 0 END), COUNT(c)"
                + " FROM ClientEntity c WHERE c.dateOfBirth <= :end AND (c.arrivalDate IS NULL OR c.arrivalDate <= :end)"
                + restrict("c.municipality") + " GROUP BY c.municipality")
                .setParameter("b6", end.minusYears(6)).setParameter("b18", end.minusYears(18))
                .setParameter("b27", end.minusYears(27)).setParameter("b65", end.minusYears(65))
                .setParameter("end", end).getResultList();
        for (Object[] row : rows) {
            long[] under = new long[5];
            for (int i = 0; i < 5; i++) {
                under[i] = ((Number) row[i + 1]).longValue();
            }
            long[] bands = {under[0], under[1] - under[0], under[2] - under[1], under[3] - under[2], under[4] - under[3]};
            List<SmallCells.Count> counts = new ArrayList<>();
            for (int i = 0; i < bands.length; i++) {
                counts.add(new SmallCells.Count(String.format("%02d", BAND_STARTS[i]), BAND_LABELS[i], bands[i], null));
            }
            result.computeIfAbsent((String) row[0], a -> new LinkedHashMap<>()).put(AGE_BAND, counts);
        }
    }

    /** Rows of (municipality, key, count this year, count the year before) into the two maps. */
    private static void add(Map<String, Map<String, List<SmallCells.Count>>>[] result, String group, List<Object[]> rows,
            Function<Object, String> label) {
        for (Object[] row : rows) {
            String key = row[1] instanceof Enum<?> e ? e.name() : String.valueOf(row[1]);
            for (int year = 0; year < 2; year++) {
                long count = ((Number) row[2 + year]).longValue();
                if (count > 0) {
                    result[year].computeIfAbsent((String) row[0], a -> new LinkedHashMap<>())
                            .computeIfAbsent(group, g -> new ArrayList<>())
                            .add(new SmallCells.Count(key, label.apply(row[1]), count, null));
                }
            }
        }
    }

    /** The groups in the order the assessment shows them. */
    static List<String> groups() {
        return List.of(TARGET_GROUP, RESIDENCE_STATUS, LEGAL_DOMAIN, AGE_BAND, HANDOVER);
    }
}
