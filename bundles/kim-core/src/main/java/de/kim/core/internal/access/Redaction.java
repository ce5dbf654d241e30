package de.kim.core.internal.access;

import de.kim.api.model.Case;
import de.kim.api.model.Client;
import de.kim.api.model.DataCategory;
import de.kim.api.model.Occupation;
import de.kim.api.model.PlannedTransition;
import de.kim.api.model.Referral;
import de.kim.api.model.Timeline;
import java.util.List;

/** Shapes a client, case or timeline to what an {@link Access} lets the caller see. */
public final class Redaction {
    private Redaction() {
    }

    public static Client client(Client c, Access access) {
        if (access.full()) {
            return c;
        }
        boolean identity = access.sees(DataCategory.IDENTITY);
        boolean contact = access.sees(DataCategory.CONTACT);
        return new Client(c.id(), identity ? c.familyName() : null, identity ? c.givenNames() : null,
                identity ? c.dateOfBirth() : null, identity ? c.nationality() : null,
                identity ? c.languages() : List.of(), contact ? c.phone() : null, contact ? c.email() : null,
                contact || access.level() == Access.Level.PSEUDONYMOUS ? c.municipality() : null,
                identity ? c.arrivalDate() : null, c.employable(), contact ? c.address() : null, List.of(), c.version());
    }

    public static Case kimCase(Case c, Access access) {
        if (access.full()) {
            return c;
        }
        boolean header = access.sees(DataCategory.CASE);
        return new Case(c.id(), c.clientId(), c.ownerMunicipality(), header ? c.caseManager() : null,
                header ? c.targetGroup() : null, header ? c.phase() : null, c.holderOfficeId(),
                header ? c.openedOn() : null, header ? c.closedOn() : null,
                header && NeedToKnow.seesFreeText(access) ? c.closureReason() : null,
                access.sees(DataCategory.ASSESSMENTS) ? c.assessments() : List.of(),
                access.sees(DataCategory.GOALS) ? c.goals() : List.of(),
                access.sees(DataCategory.ACTIVITIES) ? c.activities() : List.of(), c.version(),
                // a file number may be typed by a case manager (free text): not for pseudonymised readers
                header && NeedToKnow.seesFreeText(access) ? c.fileNumber() : null,
                access.sees(DataCategory.IDENTITY) ? c.client() : null);
    }

    public static Timeline timeline(Timeline t, Access access) {
        if (access.full()) {
            return t;
        }
        boolean domains = access.sees(DataCategory.LEGAL_DOMAINS);
        return new Timeline(t.clientId(), access.sees(DataCategory.RESIDENCE) ? t.residenceStatuses() : List.of(),
                domains ? t.periods() : List.of(), domains ? t.plannedTransitions().stream()
                        .map(p -> transition(p, access)).toList() : List.of(),
                domains ? t.tasks() : List.of(),
                access.sees(DataCategory.RESIDENCE) || domains ? t.occupations().stream()
                        .map(o -> occupation(o, access)).toList() : List.of());
    }

    public static Occupation occupation(Occupation o, Access access) {
        return NeedToKnow.seesFreeText(access) ? o
                : new Occupation(o.id(), o.kind(), o.from(), o.to(), null, o.involuntaryEnd());
    }

    /** A planned change without its note (the platform's remark on its hand-over) where free text is not for the caller. */
    public static PlannedTransition transition(PlannedTransition p, Access access) {
        return NeedToKnow.seesFreeText(access) ? p
                : new PlannedTransition(p.id(), p.clientId(), p.ruleId(), p.from(), p.to(), p.effectiveDate(),
                        p.receivingOfficeId(), p.deadline(), p.referralId(), null, p.status(), p.deadlineMoved(),
                        p.legalBasis());
    }

    /** A referral without its note and outcome where free text is not for the caller. */
    public static Referral referral(Referral r, Access access) {
        return NeedToKnow.seesFreeText(access) ? r
                : new Referral(r.id(), r.caseId(), r.toOfficeId(), r.kind(), r.purpose(), null, r.status(), null,
                        r.deadline(), r.createdOn(), r.transitionId(), r.version());
    }
}
