package de.kim.core.internal.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity whose texts the platform makes itself, not a person (search keys with their own separator
 * characters): {@link ColumnLimits} checks only their lengths and the null character, not the rule for texts
 * people write ({@link de.kim.api.InputRules}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MachineText {
}
