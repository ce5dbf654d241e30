package de.kim.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kim.api.ValidationException;
import de.kim.api.access.Caller;
import de.kim.api.access.Role;
import de.kim.api.connect.ImportMapping;
import de.kim.api.connect.RowError;
import de.kim.api.model.TargetGroup;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ClientRowsTest {
    private static final String SUNDERN = "05958044";
    static {
        // outside the framework a test may judge callers itself (inside, only the core issues them)
        Caller.trust(caller -> true);
    }

    private static final Caller CM_SUNDERN = new Caller("cm.sundern", Set.of(Role.CASE_MANAGER), SUNDERN, null, null, "test");
    private static final ImportMapping MAPPING = MappingFile.parse(("{\"source\":\"sundern-2024\",\"key\":\"Nr\","
            + "\"columns\":{\"Name\":\"familyName\",\"Vorname\":\"givenNames\",\"Geburtsdatum\":\"dateOfBirth\","
            + "\"Staat\":\"nationality\",\"Ort\":\"municipality\",\"Gruppe\":\"case.targetGroup\"},"
            + "\"values\":{\"nationality\":{\"syrisch\":\"SYR\"},\"municipality\":{\"Sundern\":\"05958044\","
            + "\"Arnsberg\":\"05958004\"},\"case.targetGroup\":{\"Asyl\":\"ASYLUM_SEEKER\"}}}")
            .getBytes(StandardCharsets.UTF_8));

    private static ClientRows rows() {
        return new ClientRows(MAPPING, CM_SUNDERN, Set.of(SUNDERN, "05958004"), LocalDate.of(2026, 11, 30));
    }

    @Test
    void aGoodRowBecomesAClientWithItsCase() {
        List<RowError> errors = new ArrayList<>();
        var c = rows().read(new ListFile.Row(2, Map.of("Nr", "1", "Name", "Haddad", "Vorname", "Amina",
                "Geburtsdatum", "03.04.1991", "Staat", "Syrisch", "Ort", "Sundern", "Gruppe", "Asyl")), errors)
                .orElseThrow();
        assertEquals(List.of(), errors);
        assertEquals("1", c.key());
        assertEquals("SYR", c.client().nationality());
        assertEquals(LocalDate.of(1991, 4, 3), c.client().dateOfBirth());
        assertEquals(SUNDERN, c.client().municipality());
        assertEquals(TargetGroup.ASYLUM_SEEKER, c.kimCase().targetGroup());
        assertEquals("cm.sundern", c.kimCase().caseManager());
    }

    @Test
    void everyBadValueIsNamedWithLineColumnValueAndReason() {
        List<RowError> errors = new ArrayList<>();
        assertTrue(rows().read(new ListFile.Row(9, Map.of("Nr", "4", "Name", "", "Geburtsdatum", "30.02.2012",
                "Staat", "xx", "Ort", "Arnsberg", "Gruppe", "Wer?")), errors).isEmpty());
        assertEquals(List.of(new RowError(9, "Name", "", "the family name is required"),
                new RowError(9, "Geburtsdatum", "30.02.2012", "not a date (dd.MM.yyyy)"),
                new RowError(9, "Staat", "xx", "not an ISO 3166 alpha-3 code (e.g. SYR) and not in the mapping's values"),
                new RowError(9, "Ort", "Arnsberg", "outside your municipality: you may import only your own clients")),
                errors.subList(0, 4));
        assertEquals("Gruppe", errors.get(4).column());
        assertEquals(5, errors.size());
    }

    @Test
    void aGeneratedListOfTenThousandRowsGivesExactlyItsThirtySevenBadRows() {
        StringBuilder csv = new StringBuilder("Nr;Name;Vorname;Geburtsdatum;Staat;Ort;Gruppe\r\n");
        TreeSet<Long> bad = new TreeSet<>();
        for (int i = 1; i <= 10_000; i++) {
            String born = "03.04.1991";
            String ort = "Sundern";
            if (i % 270 == 0) { // 37 rows: 270, 540, … 9990
                bad.add((long) i + 1);
                if (i % 540 == 0) {
                    born = "31.02.1990";
                } else {
                    ort = "Atlantis";
                }
            }
            csv.append(i).append(";Name").append(i).append(";Vorname;").append(born).append(";syrisch;").append(ort)
                    .append(";Asyl\r\n");
        }
        ListFile file = ListFile.read("liste.csv", csv.toString().getBytes(ListFile.WINDOWS_1252), null);
        List<RowError> errors = new ArrayList<>();
        long good = file.rows().stream().filter(r -> rows().read(r, errors).isPresent()).count();
        assertEquals(37, bad.size());
        assertEquals(9_963, good);
        assertEquals(bad, new TreeSet<>(errors.stream().map(RowError::line).toList()));
        assertEquals(37, errors.size());
    }

    @Test
    void aMappingThatCannotWorkIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> MappingFile.parse(
                "{\"source\":\"a b\",\"columns\":{\"Name\":\"surname\"}}".getBytes(StandardCharsets.UTF_8)));
        List<String> fields = e.violations().stream().map(v -> v.field()).toList();
        assertTrue(fields.containsAll(List.of("mapping.source", "mapping.key", "mapping.columns",
                "mapping.municipality")), fields.toString());
        assertThrows(ValidationException.class, () -> MappingFile.parse("not json".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("Gruppe", "Nr"), rows().missingColumns(List.of("Name", "Vorname", "Geburtsdatum", "Staat",
                "Ort")));
    }
}
