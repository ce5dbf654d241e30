package de.kim.core.internal.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchedulesTest {
    private static final MonthDay END_OF_JANUARY = MonthDay.of(1, 31);

    @Test
    void thePreviousYearIsDueFromTheConfiguredDayOnUntilItIsTaken() {
        assertEquals(Optional.empty(), Schedules.dueYear(LocalDate.parse("2026-01-30"), END_OF_JANUARY, Set.of()));
        assertEquals(Optional.of(2025), Schedules.dueYear(LocalDate.parse("2026-01-31"), END_OF_JANUARY, Set.of()));
        assertEquals(Optional.of(2025), Schedules.dueYear(LocalDate.parse("2026-11-30"), END_OF_JANUARY,
                Set.of(2024)));
        assertEquals(Optional.empty(), Schedules.dueYear(LocalDate.parse("2026-11-30"), END_OF_JANUARY,
                Set.of(2025)));
        // the state export's day, 15 February, in a leap year
        MonthDay stateExport = MonthDay.of(2, 15);
        assertEquals(Optional.empty(), Schedules.dueYear(LocalDate.parse("2028-02-14"), stateExport, Set.of()));
        assertEquals(Optional.of(2027), Schedules.dueYear(LocalDate.parse("2028-02-15"), stateExport, Set.of(2026)));
    }

    @Test
    void backgroundThreadsAreNamedDaemons() {
        Thread thread = Schedules.daemons("kim-test").newThread(() -> { });
        assertEquals("kim-test", thread.getName());
        assertEquals(true, thread.isDaemon());
    }
}
