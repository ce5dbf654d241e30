package de.kim.core.internal.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PlatformClockTest {

    @Test
    void calendarDaysAreGermanWhateverTheServerZone() {
        assertEquals(ZoneId.of("Europe/Berlin"), PlatformClock.clockOf("", "").getZone());
        assertEquals(ZoneId.of("Europe/Berlin"), PlatformClock.clockOf(null, null).getZone());
        assertEquals(ZoneId.of("UTC"), PlatformClock.clockOf("UTC", "").getZone());
    }

    @Test
    void aConfiguredTodayMovesTheDateAndTimeKeepsRunning() throws InterruptedException {
        Clock moved = PlatformClock.clockOf("Europe/Berlin", "2025-11-30");
        assertEquals(LocalDate.of(2025, 11, 30), LocalDate.now(moved));
        long first = moved.millis();
        Thread.sleep(5);
        assertEquals(true, moved.millis() > first, "the moved clock still runs");
    }

    @Test
    void aMalformedTodayIsRefused() {
        assertThrows(java.time.format.DateTimeParseException.class, () -> PlatformClock.clockOf("Europe/Berlin", "30.11.2025"));
    }
}
