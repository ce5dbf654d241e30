package de.kim.core.internal.clock;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/** What the platform's background jobs share: their threads, and when a job of a past year is due. */
public final class Schedules {
    private Schedules() {
    }

    /** Threads named {@code name} that do not keep the JVM alive. */
    public static ThreadFactory daemons(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A timer on one daemon thread named {@code name}. */
    public static ScheduledExecutorService timer(String name) {
        return Executors.newSingleThreadScheduledExecutor(daemons(name));
    }

    /**
     * The past year whose yearly job is due on {@code today}: from {@code day} of this year on, if the job has
     * not been done for it ({@code done}).
     */
    public static Optional<Integer> dueYear(LocalDate today, MonthDay day, Set<Integer> done) {
        int year = today.getYear() - 1;
        return !today.isBefore(day.atYear(today.getYear())) && !done.contains(year) ? Optional.of(year)
                : Optional.empty();
    }
}
