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
 * <li>the case team (case manager whose municipality scope covers a municipality of the reach) sees and
 * changes everything;</li>
 * <li>a case manager or a foreigners'-office clerk of an office that a consented referral released
 * data to reads exactly the released categories; the clerk never KIM notes (§87 AufenthG); the office holding
 * the case after a hand-over also records its own procedure ({@link #HOLDER_RECORDS}), and nothing once the
 * consent is withdrawn;</li>
 * <li>a coordinator reads pseudonymised data of the whole district (no identifiers, no free text, no search by
 * identifying attributes: {@link #seesFreeText}, {@link #mayUseIdentifiers}) and changes nothing;</li>
 * <li>steering group, administrator and data-protection officer see no case content.</li>
 * </ul>
 */
public final class NeedToKnow {
    /** Roles that may work on case content at all; others are refused with 403. */
    public static final Set<Role> CASE_ROLES = EnumSet.of(Role.CASE_MANAGER, Role.ABH_CLERK, Role.COORDINATOR,
            Role.SYSTEM);

    /**
     * What the office holding a case after an accepted hand-over records itself, as its own procedure: its
     * legal-domain periods (the benefit it grants or ends) and residence decisions. Only while a consent releases
     * the category to it.
     */
    public static final Set<DataCategory> HOLDER_RECORDS = EnumSet.of(DataCategory.LEGAL_DOMAINS,
            DataCategory.RESIDENCE);

    private NeedToKnow() {
    }

    /**
     * Whether the caller may read free text that case managers wrote (notes, outcomes, reasons, descriptions):
     * never in pseudonymised access, because free text carries names ("Kitaplatz für Lina"). A field written by
     * the platform itself (a rule's note, a task's title) is declared free of personal data and not affected.
     */
    public static boolean seesFreeText(Access access) {
        return access.level() != Access.Level.PSEUDONYMOUS;
    }

    /**
     * Whether the caller may filter or sort by identifying attributes (names, date of birth, contact): not in
     * pseudonymised access, where such a filter would find a person and such an order would reveal names.
     */
    public static boolean mayUseIdentifiers(Caller caller) {
        return caller.has(Role.SYSTEM) || caller.hasAny(EnumSet.of(Role.CASE_MANAGER, Role.ABH_CLERK));
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
        if (caller.has(Role.CASE_MANAGER) && reach.municipalities().stream().anyMatch(caller::covers)) {
            return Optional.of(Access.FULL);
        }
        if (caller.officeId() != null && caller.hasAny(EnumSet.of(Role.CASE_MANAGER, Role.ABH_CLERK))) {
            Set<DataCategory> released = released(caller, reach);
            if (!released.isEmpty() && !operation.write()) {
                return Optional.of(new Access(Access.Level.RELEASED, released));
            }
            DataCategory touched = OperationCategory.of(operation);
            if (operation.write() && reach.holderOffices().contains(caller.officeId())
                    && HOLDER_RECORDS.contains(touched) && released.contains(touched)) {
                return Optional.of(new Access(Access.Level.RELEASED, released));
            }
        }
        if (caller.has(Role.COORDINATOR) && !operation.write()) {
            return Optional.of(Access.PSEUDONYMOUS);
        }
        return Optional.empty();
    }

    /**
     * What consented referrals released to the caller's office today; for a foreigners' or naturalisation office
     * never the KIM notes (§ 87 AufenthG). Holding a case after a hand-over adds nothing: what KIM recorded stays
     * released only by purpose and a consent that still holds.
     */
    private static Set<DataCategory> released(Caller caller, Reach reach) {
        Set<DataCategory> released = EnumSet.noneOf(DataCategory.class);
        reach.releases().stream().filter(r -> r.officeId() == caller.officeId())
                .forEach(r -> released.addAll(r.purpose().releases()));
        if (!caller.has(Role.CASE_MANAGER)) {
            released.removeIf(DataCategory::isKimNote);
        }
        return released;
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
