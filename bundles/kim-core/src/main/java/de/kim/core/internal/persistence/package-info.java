/** Helpers for the JPA persistence unit {@code kim}. Private to kim-core. */
package de.kim.core.internal.persistence;
