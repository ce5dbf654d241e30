package de.kim.bench.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kim.core.internal.store.NameKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticNamesTest {

    /** The bulk path writes the same person-search keys the core writes for a client it creates. */
    @Test
    void searchKeysAreTheCoresForEveryNationality() {
        Random random = new Random(7);
        for (String nationality : List.of("SYR", "IRQ", "AFG", "IRN", "UKR", "TUR", "POL", "ROU", "BGR", "ITA", "GRC",
                "NGA", "GIN", "ERI", "SOM", "SRB", "ALB", "MKD")) {
            for (int i = 0; i < 200; i++) {
                String[] name = SyntheticNames.pick(nationality, random);
                String id = "BENCH0000042";
                Set<String> tokens = NameKey.tokens(name[0], name[1]);
                Set<String> expected = new LinkedHashSet<>(tokens);
                expected.addAll(NameKey.shortKeys(tokens));
                String sortName = String.join(" ", NameKey.tokens(name[0])) + " "
                        + String.join(" ", NameKey.tokens(name[1])) + " " + id;
                List<String> keys = new ArrayList<>();
                for (String[] key : SyntheticNames.keys(id, name[0], name[1])) {
                    keys.add(key[0]);
                    assertEquals(sortName, key[1], String.join(" ", name));
                }
                assertEquals(List.copyOf(expected), keys, String.join(" ", name));
            }
        }
    }

    /** Every trajectory writes a first residence title and periods that do not run backwards. */
    @Test
    void trajectoriesHaveTheirShapes() {
        Random random = new Random(11);
        Map<Trajectory, Integer> picked = new EnumMap<>(Trajectory.class);
        for (int i = 0; i < 20_000; i++) {
            Trajectory t = Trajectory.pick(random);
            picked.merge(t, 1, Integer::sum);
            LocalDate opened = t.opened(LocalDate.of(2026, 11, 1), random);
            LocalDate arrival = t.arrival(opened, random);
            LocalDate born = t.born(arrival, random);
            List<String> titles = new ArrayList<>();
            t.write(new Trajectory.Timeline() {
                @Override
                public void status(String title, LocalDate from, LocalDate to, String previous) {
                    assertTrue(to == null || !to.isBefore(from), t + " " + title + " " + from + " " + to);
                    titles.add(title);
                }

                @Override
                public void period(String domain, LocalDate from, LocalDate to, boolean change, Integer gap) {
                    assertTrue(to == null || !to.isBefore(from), t + " " + domain + " " + from + " " + to);
                    assertEquals(change, gap != null, t + " " + domain);
                }

                @Override
                public void naturalisation(LocalDate applied) {
                    assertTrue(applied.isAfter(arrival), t + " naturalisation " + applied);
                }
            }, arrival, born, random);
            assertTrue(!titles.isEmpty(), t.name());
            assertTrue(!arrival.isAfter(opened), t + " arrived " + arrival + ", case opened " + opened);
        }
        for (Trajectory t : Trajectory.values()) {
            double share = picked.get(t) / 200.0;
            assertTrue(Math.abs(share - t.share) < 1.5, t + ": " + share + " % instead of " + t.share + " %");
        }
    }
}
