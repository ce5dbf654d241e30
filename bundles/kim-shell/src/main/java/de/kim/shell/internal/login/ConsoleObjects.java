package de.kim.shell.internal.login;

import java.security.AccessController;
import java.security.Principal;
import javax.security.auth.Subject;
import org.apache.felix.service.command.Converter;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.osgi.service.component.annotations.Component;

/**
 * What the console prints of a Java object, for everyone but the administrator: nothing. Gogo prints the value of
 * an expression by reading the object's getters, so that {@code $.context} listed every bundle and
 * {@code $.variables} or {@code $.jline.reader} showed the JVM's and the session's insides to any console user,
 * although calling their methods is refused. KIM users only need the text that the {@code kim:} commands print
 * themselves; their platform's own objects ({@code de.kim.*}) and plain values print as before.
 */
@Component(service = Converter.class, property = Converter.CONVERTER_CLASSES + "=java.lang.Object")
public final class ConsoleObjects implements Converter {
    static final String HIDDEN = "(verborgen / hidden)";

    @Override
    public Object convert(Class<?> desiredType, Object in) {
        return null;
    }

    @Override
    public CharSequence format(Object target, int level, Converter escape) {
        if (target == null || target instanceof CharSequence || target instanceof Number || target instanceof Boolean
                || target instanceof Character || target instanceof Enum<?>
                || target.getClass().getName().startsWith("de.kim.") || administrator()) {
            return null;
        }
        return HIDDEN;
    }

    @SuppressWarnings("removal")
    private static boolean administrator() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            return false;
        }
        for (Principal p : subject.getPrincipals(RolePrincipal.class)) {
            if ("admin".equals(p.getName())) {
                return true;
            }
        }
        return false;
    }
}
