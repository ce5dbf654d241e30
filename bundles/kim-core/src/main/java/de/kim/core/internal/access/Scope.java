package de.kim.core.internal.access;

import de.kim.api.access.Caller;
import de.kim.api.access.Role;
import de.kim.api.model.OfficeKind;
import de.kim.core.internal.directory.OfficeEntity;
import java.time.LocalDate;
import javax.persistence.EntityManager;
import javax.persistence.Query;

/**
 * A caller's scope as JPQL conditions, so that lists are filtered in the database, not after
 * loading: the case team's municipality and what consented referrals released to the caller's office
 * (also the office holding a case after a hand-over: what KIM recorded stays released by consent only). Parameters are named {@code scope*}.
 */
final class Scope {
    private static final String RELEASED_TO_OFFICE = " EXISTS (SELECT r FROM ReferralEntity r WHERE r.kimCase.clientId = %1$s"
            + " AND r.toOfficeId = :scopeOffice AND r.status IN :scopeReleasing%2$s AND EXISTS (SELECT s FROM ConsentEntity s"
            + " WHERE s.clientId = %1$s AND s.purpose = r.purpose AND (s.recipientOfficeId = :scopeOffice"
            + " OR s.recipientKind = :scopeKind) AND s.givenOn <= :scopeToday"
            + " AND (s.withdrawnOn IS NULL OR s.withdrawnOn > :scopeToday)))";

    private final Caller caller;
    private final boolean everything;
    private final boolean team;
    private final Long office;
    private final OfficeKind officeKind;
    private final LocalDate today;

    Scope(EntityManager em, Caller caller, LocalDate today) {
        this.caller = caller;
        this.everything = caller.hasAny(java.util.EnumSet.of(Role.SYSTEM, Role.COORDINATOR));
        this.team = caller.has(Role.CASE_MANAGER) && caller.municipality() != null;
        OfficeEntity entity = caller.officeId() == null ? null : em.find(OfficeEntity.class, caller.officeId());
        this.office = entity == null ? null : caller.officeId();
        this.officeKind = entity == null ? null : entity.kind();
        this.today = today;
    }

    /** Whether the caller sees pseudonymised data only. */
    public boolean pseudonymous() {
        return caller.has(Role.COORDINATOR) && !caller.has(Role.SYSTEM) && !caller.has(Role.CASE_MANAGER);
    }

    /** A condition on client alias {@code c} that keeps the caller's clients. */
    public String clients(String c) {
        if (everything) {
            return "1 = 1";
        }
        StringBuilder or = new StringBuilder("(1 = 0");
        if (team) {
            or.append(" OR ").append(c).append(".municipality LIKE :scopeAgs OR EXISTS (SELECT sk FROM CaseEntity sk")
                    .append(" WHERE sk.clientId = ").append(c).append(".id AND sk.ownerMunicipality LIKE :scopeAgs)");
        }
        if (office != null) {
            or.append(" OR").append(String.format(RELEASED_TO_OFFICE, c + ".id", ""));
        }
        return or.append(")").toString();
    }

    /** A condition on case alias {@code k} that keeps the caller's cases. */
    public String cases(String k) {
        if (everything) {
            return "1 = 1";
        }
        StringBuilder or = new StringBuilder("(1 = 0");
        if (team) {
            or.append(" OR ").append(k).append(".ownerMunicipality LIKE :scopeAgs");
        }
        if (office != null) {
            or.append(" OR").append(String.format(RELEASED_TO_OFFICE, k + ".clientId", " AND r.kimCase = " + k));
        }
        return or.append(")").toString();
    }

    /** Sets the parameters the conditions use (only those the query names). */
    public <Q extends Query> Q bind(Q query) {
        for (var parameter : query.getParameters()) {
            switch (parameter.getName() == null ? "" : parameter.getName()) {
                case "scopeAgs" -> query.setParameter("scopeAgs", caller.municipality() + "%");
                case "scopeOffice" -> query.setParameter("scopeOffice", office);
                case "scopeKind" -> query.setParameter("scopeKind", officeKind);
                case "scopeToday" -> query.setParameter("scopeToday", today);
                case "scopeReleasing" -> query.setParameter("scopeReleasing", AccessGuard.RELEASING);
                default -> {
                }
            }
        }
        return query;
    }
}
