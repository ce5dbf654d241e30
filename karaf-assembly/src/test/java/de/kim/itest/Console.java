package de.kim.itest;

import java.security.PrivilegedExceptionAction;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/**
 * Runs Karaf console commands the way an operator types them, and returns what they print.
 */
final class Console {
    private final SessionFactory sessions;

    Console(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /**
     * Runs a command; while its bundle's commands are still being registered after boot ("Command not
     * found"), tries again for up to 30 s.
     */
    String run(String command) throws Exception {
        return runAs("admin", command, "admin");
    }

    /** The district's case manager of the demo users (cm.kreis): sees every case of the HSK. */
    String runAsCaseManager(String command) throws Exception {
        return runAs("cm.kreis", command, "KIM_CASE_MANAGER", "municipality:05958", "office:34");
    }

    /**
     * Runs the command as {@code user} with the given role and scope names, the way that user logged
     * in over SSH would: commands such as feature:install are guarded by role-based ACLs, and kim:
     * commands apply the user's need-to-know.
     */
    String runAs(String user, String command, String... names) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String name = command.strip().split("\\s+")[0];
        while (!registered(name) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        // a command the user's roles may not run answers "Command not found" or "Insufficient credentials" at once
        return once(user, names, command);
    }

    /** Whether the console knows {@code scope:name} (its bundle has registered it). */
    private boolean registered(String name) throws Exception {
        if (!name.contains(":")) {
            return true;
        }
        // the registry lists only the commands the current subject may see: ask as the administrator
        Subject admin = new Subject();
        admin.getPrincipals().add(new UserPrincipal("admin"));
        admin.getPrincipals().add(new RolePrincipal("admin"));
        return Subject.doAs(admin, (PrivilegedExceptionAction<Boolean>) () -> sessions.getRegistry().getCommands()
                .stream().anyMatch(c -> name.equals(c.getScope() + ":" + c.getName())));
    }

    /** Every command the container knows, as {@code scope:name} (as the administrator sees them: all). */
    java.util.Set<String> commands() throws Exception {
        Subject admin = new Subject();
        admin.getPrincipals().add(new UserPrincipal("admin"));
        admin.getPrincipals().add(new RolePrincipal("admin"));
        return Subject.doAs(admin, (PrivilegedExceptionAction<java.util.Set<String>>) () -> {
            java.util.Set<String> all = new java.util.TreeSet<>();
            sessions.getRegistry().getCommands().forEach(c -> all.add(c.getScope() + ":" + c.getName()));
            return all;
        });
    }

    /** Whether the output is the console's refusal of a command the user's roles may not run. */
    static boolean refused(String output) {
        return output.contains("Insufficient credentials") || output.contains("Command not found");
    }

    private String once(String user, String[] names, String command) throws Exception {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        for (String name : names) {
            subject.getPrincipals().add(new RolePrincipal(name));
        }
        return Subject.doAs(subject, (PrivilegedExceptionAction<String>) () -> asSubject(command));
    }

    private String asSubject(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            Session session = sessions.create(new ByteArrayInputStream(new byte[0]), print, print);
            try {
                session.execute(command);
            } catch (Exception e) {
                print.println("Error executing command: " + e.getMessage());
            } finally {
                session.close();
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
