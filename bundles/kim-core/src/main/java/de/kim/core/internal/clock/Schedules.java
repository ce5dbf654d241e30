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

    /**
     * Threads named {@code name} that do not keep the JVM alive. Their context class loader is the core's, not
     * the one of whatever thread happens to start them: a thread started while an extension bundle's events are
     * handled would otherwise keep that bundle's class loader alive after it is uninstalled.
     */
    public static ThreadFactory daemons(String name) {
        ClassLoader core = Schedules.class.getClassLoader();
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            thread.setContextClassLoader(core);
            return thread;
        };
    }

    /** Runs {@code make} with the core's context class loader (for libraries that start threads of their own). */
    public static <T> T withCoreLoader(java.util.function.Supplier<T> make) {
        Thread current = Thread.currentThread();
        ClassLoader before = current.getContextClassLoader();
        current.setContextClassLoader(Schedules.class.getClassLoader());
        try {
            return make.get();
        } finally {
            current.setContextClassLoader(before);
        }
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
