package de.kim.api.access;

import de.kim.api.model.Purpose;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who calls a service of the core, carried by every call that touches personal data: the edges
 * build it from the authenticated request or console session, extensions receive it with the call
 * they serve.
 *
 * @param user         the user name
 * @param roles        the caller's roles
 * @param municipality the scope: an AGS (8 digits) or the district key (5 digits) for the whole
 *                     district; null if the caller has none
 * @param officeId     the office the caller works for, null if none
 * @param purpose      why the caller acts, if said (recorded in the audit trail)
 */
public record Caller(String user, Set<Role> roles, String municipality, Long officeId, Purpose purpose) {

    public Caller {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The platform's own job {@code task}, with full access. */
    public static Caller system(String task) {
        return new Caller("system:" + task, Set.of(Role.SYSTEM), null, null, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the caller holds any of {@code anyOf}. */
    public boolean hasAny(Set<Role> anyOf) {
        return roles.stream().anyMatch(anyOf::contains);
    }

    /** Whether the municipality scope covers {@code ags} (a district key covers all its towns). */
    public boolean covers(String ags) {
        return municipality != null && ags != null && ags.startsWith(municipality);
    }

    /** The same caller acting for {@code why}. */
    public Caller forPurpose(Purpose why) {
        return new Caller(user, roles, municipality, officeId, why);
    }

    /** The role recorded in the audit trail: the strongest the caller holds. */
    public String auditRole() {
        return roles.isEmpty() ? "NONE" : EnumSet.copyOf(roles).iterator().next().name();
    }
}
