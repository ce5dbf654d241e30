package de.kim.core.internal.access;

import de.kim.api.access.Caller;
import de.kim.api.access.ForbiddenException;
import de.kim.api.access.Role;
import de.kim.api.model.DataCategory;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of need-to-know, without a database: who may see or change a client or case.
 * <ul>
 * <li>the case team (case manager whose municipality scope covers a municipality of the reach, or
 * whose office holds the case) sees and changes everything;</li>
 * <li>a case manager or a foreigners'-office clerk of an office that a consented referral released
 * data to reads exactly the released categories; the clerk never KIM notes (§87 AufenthG);</li>
 * <li>a coordinator reads pseudonymised data of the whole district and changes nothing;</li>
 * <li>steering group, administrator and data-protection officer see no case content.</li>
 * </ul>
 */
public final class NeedToKnow {
    /** Roles that may work on case content at all; others are refused with 403. */
    public static final Set<Role> CASE_ROLES = EnumSet.of(Role.CASE_MANAGER, Role.ABH_CLERK, Role.COORDINATOR,
            Role.SYSTEM);

    private NeedToKnow() {
    }

    /**
     * The caller's access, empty if the record is outside the caller's scope (reported as not found).
     *
     * @throws ForbiddenException if the caller's role never allows this operation on case content
     */
    public static Optional<Access> decide(Caller caller, Reach reach, Operation operation) {
        Optional<Access> decided = decideForUser(caller, reach, operation);
        if (!caller.narrowed()) {
            return decided;
        }
        // an extension's code acting for the user: never more than the user, never beyond its declared categories
        requireDeclared(caller, operation);
        return decided.map(access -> {
            Set<DataCategory> both = EnumSet.noneOf(DataCategory.class);
            both.addAll(access.categories());
            both.retainAll(caller.categories());
            return new Access(access.full() ? Access.Level.DECLARED : access.level(), both);
        });
    }

    /**
     * @throws ForbiddenException if the caller is an extension's code whose declared data categories do not include
     *                            what {@code operation} touches
     */
    public static void requireDeclared(Caller caller, Operation operation) {
        if (!caller.narrowed()) {
            return;
        }
        DataCategory needed = OperationCategory.of(operation);
        if (!caller.categories().contains(needed)) {
            throw new ForbiddenException("the extension acting for user " + caller.user() + " declared the data"
                    + " categories " + caller.categories() + ", not " + needed + " (" + operation.action() + ")");
        }
    }

    private static Optional<Access> decideForUser(Caller caller, Reach reach, Operation operation) {
        if (caller.has(Role.SYSTEM)) {
            return Optional.of(Access.FULL);
        }
        requireCaseRole(caller, operation);
        if (caller.has(Role.CASE_MANAGER) && (reach.municipalities().stream().anyMatch(caller::covers)
                || caller.officeId() != null && reach.holderOffices().contains(caller.officeId()))) {
            return Optional.of(Access.FULL);
        }
        if (caller.officeId() != null && caller.hasAny(EnumSet.of(Role.CASE_MANAGER, Role.ABH_CLERK))) {
            boolean clerk = !caller.has(Role.CASE_MANAGER);
            Set<DataCategory> released = EnumSet.noneOf(DataCategory.class);
            if (clerk && reach.holderOffices().contains(caller.officeId())) {
                released.addAll(EnumSet.complementOf(EnumSet.of(DataCategory.ASSESSMENTS, DataCategory.GOALS,
                        DataCategory.ACTIVITIES, DataCategory.FORMS)));
            }
            reach.releases().stream().filter(r -> r.officeId() == caller.officeId())
                    .forEach(r -> released.addAll(r.purpose().releases()));
            if (clerk) {
                released.removeIf(DataCategory::isKimNote);
            }
            if (!released.isEmpty() && !operation.write()) {
                return Optional.of(new Access(Access.Level.RELEASED, released));
            }
        }
        if (caller.has(Role.COORDINATOR) && !operation.write()) {
            return Optional.of(Access.PSEUDONYMOUS);
        }
        return Optional.empty();
    }

    /** @throws ForbiddenException if the caller's role never allows the operation on case content */
    public static void requireCaseRole(Caller caller, Operation operation) {
        requireDeclared(caller, operation);
        if (!caller.hasAny(CASE_ROLES)) {
            throw new ForbiddenException("the role " + caller.auditRole() + " of user " + caller.user()
                    + " gives no access to case data");
        }
        if (operation.write() && !caller.hasAny(EnumSet.of(Role.CASE_MANAGER, Role.ABH_CLERK, Role.SYSTEM))) {
            throw new ForbiddenException("the role " + caller.auditRole() + " of user " + caller.user()
                    + " may read pseudonymised data only, not change it");
        }
    }
}
