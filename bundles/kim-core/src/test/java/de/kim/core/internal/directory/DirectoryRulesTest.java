package de.kim.core.internal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kim.api.Violation;
import de.kim.api.model.LegalDomain;
import de.kim.api.model.Office;
import de.kim.api.model.OfficeKind;
import de.kim.api.model.ServiceOffer;
import de.kim.api.model.TopicArea;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryRulesTest {
    private final DirectoryRules rules = new DirectoryRules("05958", Set.of("05958044", "05958004"));

    @Test
    void validOfficeHasNoViolations() {
        Office office = new Office(null, "Sozialamt Sundern", OfficeKind.SOZIALAMT,
                List.of(LegalDomain.AsylbLG), List.of("05958044"), null);
        assertEquals(List.of(), rules.check(office));
    }

    @Test
    void blankNameAndMissingKindAreBothReported() {
        List<Violation> violations = rules.check(new Office(null, "  ", null, List.of(), List.of(), null));
        assertEquals(List.of("name", "kind"), violations.stream().map(Violation::field).toList());
    }

    @Test
    void municipalityKeysAreCheckedOneByOne() {
        Office office = new Office(null, "ABH", OfficeKind.ABH, List.of(LegalDomain.AufenthG),
                List.of("0595804", "05974040", "05958999", "05958044", "05958044"), null);
        List<Violation> violations = rules.check(office);
        assertEquals(List.of("municipalities[0]", "municipalities[1]", "municipalities[2]", "municipalities[4]"),
                violations.stream().map(Violation::field).toList());
        assertTrue(violations.get(0).message().contains("8 digits"));
        assertTrue(violations.get(1).message().contains("district key 05958"));
        assertTrue(violations.get(2).message().contains("no municipality"));
        assertTrue(violations.get(3).message().contains("twice"));
    }

    @Test
    void serviceNeedsProviderAndTopicArea() {
        List<Violation> violations = rules.check(new ServiceOffer(null, "Sprachcafé", null, null, List.of(), null));
        assertEquals(List.of("providerOfficeId", "topicArea"), violations.stream().map(Violation::field).toList());
        assertEquals(List.of(), rules.check(
                new ServiceOffer(null, "Sprachcafé", 3L, TopicArea.LANGUAGE, List.of("05958004"), "")));
    }
}
