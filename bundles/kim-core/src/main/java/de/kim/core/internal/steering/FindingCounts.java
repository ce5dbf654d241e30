package de.kim.core.internal.steering;

import de.kim.api.model.Municipality;
import de.kim.api.model.StructuralFinding;
import de.kim.api.steering.FindingCount;
import de.kim.core.internal.store.StructuralFindingEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.persistence.EntityManager;

/**
 * Structural findings counted by topic area and municipality: a finding counts once for each municipality
 * whose cases it is linked to; one without cases counts for the district.
 */
final class FindingCounts {
    private FindingCounts() {
    }

    static List<FindingCount> count(EntityManager em, List<Municipality> municipalities) {
        Map<String, String> names = new HashMap<>();
        String district = municipalities.isEmpty() ? "" : municipalities.get(0).districtKey();
        municipalities.forEach(m -> names.put(m.ags(), m.name()));
        names.put(district, "Kreis (ohne Fallbezug)");
        Map<Long, String> owners = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT k.id, k.ownerMunicipality FROM CaseEntity k WHERE k.id IN"
                + " (SELECT c FROM StructuralFindingEntity f JOIN f.caseIds c)", Object[].class).getResultList()) {
            owners.put((Long) row[0], (String) row[1]);
        }
        Map<String, long[]> counts = new TreeMap<>();
        for (StructuralFindingEntity entity : em.createQuery("SELECT f FROM StructuralFindingEntity f",
                StructuralFindingEntity.class).getResultList()) {
            StructuralFinding f = entity.toModel();
            Set<String> places = new LinkedHashSet<>();
            f.caseIds().forEach(id -> places.add(owners.getOrDefault(id, district)));
            if (places.isEmpty()) {
                places.add(district);
            }
            for (String ags : places) {
                long[] c = counts.computeIfAbsent(f.topic().name() + "|" + ags, k -> new long[3]);
                c[f.status().ordinal()]++;
            }
        }
        List<FindingCount> result = new ArrayList<>();
        counts.forEach((key, c) -> {
            String[] parts = key.split("\\|", 2);
            de.kim.api.model.TopicArea topic = de.kim.api.model.TopicArea.valueOf(parts[0]);
            result.add(new FindingCount(topic.name(), topic.displayName(), parts[1],
                    names.getOrDefault(parts[1], parts[1]), c[0], c[1], c[2]));
        });
        return result;
    }
}
