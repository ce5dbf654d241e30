package de.kim.core.internal.persistence;

import de.kim.api.InputRules;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.Lob;
import javax.persistence.PrePersist;
import javax.persistence.PreUpdate;
import javax.persistence.Transient;

/**
 * Refuses a record whose text does not fit its database column (422 naming the field) before the
 * database would refuse it with an error the caller cannot act on. The default entity listener of the
 * persistence unit ({@code META-INF/orm.xml}): it checks every entity on insert and update, with the
 * column lengths its mapping declares (255 where none is given), also in embedded values and in
 * collections of texts. No text may hold a control or bidirectional character, and no date may lie outside
 * 1900–2100 ({@link InputRules}: the one rule, also checked at the REST boundary; PostgreSQL refuses the null
 * character, Derby years past 9999). Line breaks are not refused here: the boundary knows the fields of
 * running text by the names callers use.
 */
public final class ColumnLimits {
    private static final int DEFAULT_LENGTH = 255;
    private static final Map<Class<?>, List<Limit>> LIMITS = new ConcurrentHashMap<>();

    /** A text field and the longest text its column takes; embedded: the limits of the nested value. */
    private record Limit(Field field, int length, boolean embedded) {
    }

    @PrePersist
    @PreUpdate
    public void check(Object entity) {
        List<Violation> violations = new ArrayList<>();
        check(entity, "", violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** The violations of {@code value}, for callers that check before they persist. */
    public static List<Violation> violations(Object value) {
        List<Violation> violations = new ArrayList<>();
        check(value, "", violations);
        return violations;
    }

    private static void check(Object value, String prefix, List<Violation> violations) {
        for (Limit limit : LIMITS.computeIfAbsent(value.getClass(), ColumnLimits::limits)) {
            Object content;
            try {
                content = limit.field().get(value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + limit.field(), e);
            }
            String name = prefix + limit.field().getName();
            if (content instanceof LocalDate day) {
                if (!InputRules.inRange(day)) {
                    violations.add(new Violation(name, "must lie between " + InputRules.EARLIEST + " and "
                            + InputRules.LATEST, "out-of-range"));
                }
            } else if (content instanceof String text) {
                if (text.length() > limit.length()) {
                    violations.add(new Violation(name, "must be at most " + limit.length() + " characters (has "
                            + text.length() + ")"));
                } else if (value.getClass().isAnnotationPresent(MachineText.class) ? text.indexOf('\0') >= 0
                        : InputRules.refusedCharacter(text, true) >= 0) {
                    violations.add(new Violation(name, InputRules.textProblem("note", text.replace('\n', ' ')
                            .replace('\r', ' ').replace('\t', ' ')), "control-character"));
                }
            } else if (content instanceof Collection<?> items) {
                int i = 0;
                for (Object item : items) {
                    if (item instanceof String text && text.length() > limit.length()) {
                        violations.add(new Violation(name + "[" + i + "]", "must be at most " + limit.length()
                                + " characters (has " + text.length() + ")"));
                    } else if (item != null && limit.embedded()) {
                        check(item, name + "[" + i + "].", violations);
                    }
                    i++;
                }
            } else if (content != null && limit.embedded()) {
                check(content, name + ".", violations);
            }
        }
    }

    private static List<Limit> limits(Class<?> type) {
        List<Limit> limits = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                        || field.isAnnotationPresent(Transient.class) || field.isAnnotationPresent(Lob.class)) {
                    continue;
                }
                Column column = field.getAnnotation(Column.class);
                int length = column == null ? DEFAULT_LENGTH : column.length();
                boolean embedded = field.getType().isAnnotationPresent(Embeddable.class)
                        || elementType(field) instanceof Class<?> element && element.isAnnotationPresent(Embeddable.class);
                if (field.getType() == String.class || elementType(field) == String.class || embedded
                        || field.getType() == LocalDate.class) {
                    field.setAccessible(true);
                    limits.add(new Limit(field, length, embedded));
                }
            }
        }
        return List.copyOf(limits);
    }

    /** The type of the items of a collection field, or null. */
    private static java.lang.reflect.Type elementType(Field field) {
        return Collection.class.isAssignableFrom(field.getType())
                && field.getGenericType() instanceof java.lang.reflect.ParameterizedType p
                ? p.getActualTypeArguments()[0] : null;
    }
}
