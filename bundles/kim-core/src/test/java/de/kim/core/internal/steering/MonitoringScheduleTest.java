package de.kim.core.internal.steering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MonitoringScheduleTest {
    private static final MonthDay END_OF_JANUARY = MonthDay.of(1, 31);

    @Test
    void thePreviousYearIsDueFromTheConfiguredDayOnUntilItIsTaken() {
        assertEquals(Optional.empty(), MonitoringSchedule.dueYear(LocalDate.parse("2026-01-30"), END_OF_JANUARY, Set.of()));
        assertEquals(Optional.of(2025), MonitoringSchedule.dueYear(LocalDate.parse("2026-01-31"), END_OF_JANUARY, Set.of()));
        assertEquals(Optional.of(2025), MonitoringSchedule.dueYear(LocalDate.parse("2026-11-30"), END_OF_JANUARY,
                Set.of(2024)));
        assertEquals(Optional.empty(), MonitoringSchedule.dueYear(LocalDate.parse("2026-11-30"), END_OF_JANUARY,
                Set.of(2025)));
    }
}
