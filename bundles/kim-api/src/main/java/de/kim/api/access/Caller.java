package de.kim.api.access;

import de.kim.api.model.DataCategory;
import de.kim.api.model.Purpose;
import java.util.EnumSet;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Who calls a service of the core, carried by every call that touches personal data. Only the core issues
 * callers: the platform's edges (REST, console, import, report) get them from the {@link Callers} service, which
 * the core gives to the bundles of its allow-list only, and extensions receive them with the call they serve. A
 * caller the core did not issue (constructed by any other code) has no roles and no scope, and the core's guard
 * refuses it and records the attempt: the {@code seal} proves the issue, and only the core can make one.
 *
 * @param user         the user name
 * @param roles        the caller's roles (empty unless the core issued the caller)
 * @param municipality the scope: an AGS (8 digits) or the district key (5 digits) for the whole
 *                     district; null if the caller has none (or the core did not issue it)
 * @param officeId     the office the caller works for, null if none (or the core did not issue it)
 * @param purpose      why the caller acts, if said (recorded in the audit trail)
 * @param seal         the core's proof that it issued the caller (over user, roles, scope and categories), null if
 *                     it did not
 * @param categories   null for a user's own caller; for the code of an extension acting for a user, the data
 *                     categories the extension declared (its manifest header {@code KIM-Data-Categories}): the core
 *                     refuses and audits every call beyond them
 */
public record Caller(String user, Set<Role> roles, String municipality, Long officeId, Purpose purpose, String seal,
        Set<DataCategory> categories) {

    /** Decides whether the core issued a caller. Registered by the core, the only bundle that may. */
    public interface Issuer {
        boolean issued(Caller caller);
    }

    private static volatile Issuer issuer;

    public Caller {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        categories = categories == null ? null : Set.copyOf(categories);
    }

    /** A caller that nobody issued yet: the core seals it (the {@link Callers} service), else it may do nothing. */
    public Caller(String user, Set<Role> roles, String municipality, Long officeId, Purpose purpose) {
        this(user, roles, municipality, officeId, purpose, null, null);
    }

    /** A user's caller with a seal (not narrowed to an extension's categories). */
    public Caller(String user, Set<Role> roles, String municipality, Long officeId, Purpose purpose, String seal) {
        this(user, roles, municipality, officeId, purpose, seal, null);
    }

    /** Whether the caller is an extension's code, limited to the data categories it declared. */
    public boolean narrowed() {
        return categories != null;
    }

    /**
     * Makes {@code candidate} the judge of which callers were issued. Only the core's bundle ({@code kim-core})
     * may call this inside the OSGi framework; outside one (unit tests) anyone may.
     *
     * @throws SecurityException for any other bundle
     */
    public static void trust(Issuer candidate) {
        if (insideFramework()) {
            Bundle from = candidate == null ? null : FrameworkUtil.getBundle(candidate.getClass());
            if (from == null || !"kim-core".equals(from.getSymbolicName())) {
                throw new SecurityException("only the core issues callers, not " + (from == null ? "this code"
                        : from.getSymbolicName()));
            }
        }
        issuer = candidate;
    }

    private static boolean insideFramework() {
        try {
            return FrameworkUtil.getBundle(Caller.class) != null;
        } catch (LinkageError noFramework) {
            return false; // the OSGi classes are not even on the class path
        }
    }

    /** Whether the core issued this caller (its seal verifies); a caller nobody issued may do nothing. */
    public boolean issued() {
        Issuer judge = issuer;
        return seal != null && judge != null && judge.issued(this);
    }

    /** The roles the core issued, empty for a caller it did not issue. */
    @Override
    public Set<Role> roles() {
        return issued() ? roles : Set.of();
    }

    /** The municipality scope the core issued, null for a caller it did not issue. */
    @Override
    public String municipality() {
        return issued() ? municipality : null;
    }

    /** The office the core issued, null for a caller it did not issue. */
    @Override
    public Long officeId() {
        return issued() ? officeId : null;
    }

    /** The roles as claimed, issued or not: for the seal and the audit row only. */
    public Set<Role> claimedRoles() {
        return roles;
    }

    /** The scope as claimed, issued or not: for the seal only. */
    public String claimedMunicipality() {
        return municipality;
    }

    /** The office as claimed, issued or not: for the seal only. */
    public Long claimedOfficeId() {
        return officeId;
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    /** Whether the caller holds any of {@code anyOf}. */
    public boolean hasAny(Set<Role> anyOf) {
        Set<Role> held = roles();
        return held.stream().anyMatch(anyOf::contains);
    }

    /** Whether the municipality scope covers {@code ags} (a district key covers all its towns). */
    public boolean covers(String ags) {
        String scope = municipality();
        return scope != null && ags != null && ags.startsWith(scope);
    }

    /** The same caller acting for {@code why} (the purpose is not part of the seal). */
    public Caller forPurpose(Purpose why) {
        return new Caller(user, roles, municipality, officeId, why, seal, categories);
    }

    /** The role recorded in the audit trail: the strongest the caller holds; NONE for a caller nobody issued. */
    public String auditRole() {
        Set<Role> held = roles();
        return held.isEmpty() ? "NONE" : EnumSet.copyOf(held).iterator().next().name();
    }
}
