package de.kim.core.internal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kim.api.model.LegalDomain;
import de.kim.api.model.Office;
import de.kim.api.model.OfficeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsibilityRuleTest {
    private static final List<String> ALL_BUT_ARNSBERG = List.of("05958008", "05958012", "05958016", "05958020",
            "05958024", "05958028", "05958032", "05958036", "05958040", "05958044", "05958048");

    private static Office office(long id, OfficeKind kind, List<String> municipalities) {
        return new Office(id, kind + "-" + id, kind, List.of(LegalDomain.AufenthG), municipalities, null);
    }

    @Test
    void noCandidateMeansNoResponsibleOffice() {
        assertTrue(ResponsibilityRule.choose(List.of()).isEmpty());
    }

    @Test
    void mostLocalAuthorityWins() {
        Office district = office(1, OfficeKind.ABH, ALL_BUT_ARNSBERG);
        Office town = office(2, OfficeKind.ABH, List.of("05958044"));
        assertEquals(2L, ResponsibilityRule.choose(List.of(district, town)).orElseThrow().id());
    }

    @Test
    void authorityBeatsCounsellingProviderEvenIfMoreLocal() {
        Office district = office(1, OfficeKind.ABH, ALL_BUT_ARNSBERG);
        Office counselling = office(2, OfficeKind.MBE, List.of("05958044"));
        assertEquals(1L, ResponsibilityRule.choose(List.of(counselling, district)).orElseThrow().id());
    }

    @Test
    void tieGoesToTheOlderEntry() {
        Office first = office(7, OfficeKind.ABH, List.of("05958044"));
        Office second = office(9, OfficeKind.ABH, List.of("05958044"));
        assertEquals(7L, ResponsibilityRule.choose(List.of(second, first)).orElseThrow().id());
    }
}
