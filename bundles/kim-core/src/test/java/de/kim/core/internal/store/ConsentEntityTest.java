package de.kim.core.internal.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kim.api.model.Consent;
import de.kim.api.model.OfficeKind;
import de.kim.api.model.Purpose;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a consent covers a release: from the day it is given up to, not including, the day it is withdrawn. */
class ConsentEntityTest {
    private static final LocalDate GIVEN = LocalDate.of(2025, 3, 10);
    private static final long JOBCENTER = 5;

    private static ConsentEntity toJobcenter() {
        return new ConsentEntity("K-00000001",
                new Consent(null, null, JOBCENTER, null, Purpose.HANDOVER, GIVEN, null, "Einwilligung 2025/17"));
    }

    @Test
    void coversFromTheDayItIsGiven() {
        ConsentEntity c = toJobcenter();
        assertFalse(c.covers(JOBCENTER, OfficeKind.JOBCENTER, Purpose.HANDOVER, GIVEN.minusDays(1)));
        assertTrue(c.covers(JOBCENTER, OfficeKind.JOBCENTER, Purpose.HANDOVER, GIVEN));
    }

    @Test
    void withdrawalEndsTheCoverOnItsDay() {
        ConsentEntity c = toJobcenter();
        c.withdraw(GIVEN.plusDays(20));
        assertTrue(c.covers(JOBCENTER, OfficeKind.JOBCENTER, Purpose.HANDOVER, GIVEN.plusDays(19)));
        assertFalse(c.covers(JOBCENTER, OfficeKind.JOBCENTER, Purpose.HANDOVER, GIVEN.plusDays(20)));
        assertTrue(c.names(JOBCENTER, OfficeKind.JOBCENTER,
                Purpose.HANDOVER), "a withdrawn consent still names its recipient");
    }

    @Test
    void coversOnlyItsOfficeAndPurpose() {
        ConsentEntity c = toJobcenter();
        assertFalse(c.covers(JOBCENTER + 1, OfficeKind.JOBCENTER, Purpose.HANDOVER, GIVEN));
        assertFalse(c.covers(JOBCENTER, OfficeKind.JOBCENTER, Purpose.RESIDENCE, GIVEN));
    }

    @Test
    void aConsentToAKindOfOfficeCoversEveryOfficeOfThatKind() {
        ConsentEntity c = new ConsentEntity("K-00000001",
                new Consent(null, null, null, OfficeKind.JOBCENTER, Purpose.BENEFITS, GIVEN, null, null));
        assertTrue(c.covers(77, OfficeKind.JOBCENTER, Purpose.BENEFITS, GIVEN));
        assertFalse(c.covers(77, OfficeKind.SOZIALAMT, Purpose.BENEFITS, GIVEN));
    }
}
