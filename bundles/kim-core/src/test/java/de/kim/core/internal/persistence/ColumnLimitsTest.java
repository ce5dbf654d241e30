package de.kim.core.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.Case;
import de.kim.api.model.Client;
import de.kim.core.internal.store.CaseEntity;
import de.kim.core.internal.store.ClientEntity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Texts longer than their column, or holding the null character, are a 422 naming the field. */
class ColumnLimitsTest {

    private static Client client(String family, String phone, List<String> languages) {
        return new Client(null, family, null, LocalDate.of(1990, 1, 1), "SYR", languages, phone, null, "05958044",
                null, true, List.of(), null);
    }

    @Test
    void aTextLongerThanItsColumnIsNamed() {
        ClientEntity entity = new ClientEntity("K-1", client("Haddad", "1".repeat(256), List.of("ar")));
        ValidationException refused = assertThrows(ValidationException.class, () -> new ColumnLimits().check(entity));
        assertEquals(List.of(new Violation("phone", "must be at most 255 characters (has 256)")), refused.violations());
    }

    @Test
    void columnsWithTheirOwnLengthAndCollectionsOfTextsAreChecked() {
        ClientEntity entity = new ClientEntity("K-1", client("Haddad", null, List.of("ar", "abcdefghi")));
        assertEquals(List.of(new Violation("languages[1]", "must be at most 8 characters (has 9)")),
                ColumnLimits.violations(entity));
        Case kimCase = new Case(null, "K-1", "05958044", "m".repeat(101), null, null, null, null, null, null,
                List.of(), List.of(), List.of(), null);
        assertTrue(ColumnLimits.violations(new CaseEntity(kimCase, LocalDate.now())).contains(
                new Violation("caseManager", "must be at most 100 characters (has 101)")));
    }

    @Test
    void controlAndBidiCharactersAreRefusedAndFittingTextsPass() {
        for (String phone : new String[] {"0\u00001", "\u001b[31m0291", "0291\u202e12", "0291\u2066"}) {
            List<Violation> refused = ColumnLimits.violations(new ClientEntity("K-1", client("Haddad", phone, List.of())));
            assertEquals(1, refused.size(), phone);
            assertEquals("phone", refused.get(0).field());
            assertEquals("control-character", refused.get(0).code());
        }
        assertEquals(List.of(), ColumnLimits.violations(new ClientEntity("K-1", client("Haddad", "0291 12", List.of()))));
    }

    @Test
    void datesOutsideTheRangeAreRefused() {
        Client born = new Client(null, "Haddad", null, LocalDate.of(1899, 12, 31), null, List.of(), null, null,
                "05958044", LocalDate.of(2101, 1, 1), true, List.of(), null);
        List<Violation> refused = ColumnLimits.violations(new ClientEntity("K-1", born));
        assertEquals(List.of("dateOfBirth", "arrivalDate"), refused.stream().map(Violation::field).sorted(
                java.util.Comparator.reverseOrder()).toList());
        assertTrue(refused.stream().allMatch(v -> v.code().equals("out-of-range")), refused.toString());
    }
}
