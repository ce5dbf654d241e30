package de.kim.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhaseMachineTest {

    @Test
    void casesGoThroughTheDgccPhasesInOrder() {
        assertTrue(CasePhase.INTAKE.canMoveTo(CasePhase.ASSESSMENT));
        assertTrue(CasePhase.ASSESSMENT.canMoveTo(CasePhase.PLANNING));
        assertTrue(CasePhase.PLANNING.canMoveTo(CasePhase.LINKING_MONITORING));
        assertFalse(CasePhase.INTAKE.canMoveTo(CasePhase.PLANNING), "no skipping the assessment");
        assertFalse(CasePhase.LINKING_MONITORING.canMoveTo(CasePhase.INTAKE));
    }

    @Test
    void monitoringMayLeadBackToPlanningAndEveryOpenPhaseMayClose() {
        assertTrue(CasePhase.LINKING_MONITORING.canMoveTo(CasePhase.PLANNING));
        for (CasePhase phase : EnumSet.complementOf(EnumSet.of(CasePhase.CLOSED))) {
            assertTrue(phase.canMoveTo(CasePhase.CLOSED), phase + " may close");
            assertFalse(phase.canMoveTo(phase), phase + " is no transition to itself");
        }
        assertEquals(Set.of(), CasePhase.CLOSED.next());
    }

    @Test
    void referralsMoveFromProposalToCompletionOnly() {
        assertEquals(EnumSet.of(Referral.Status.SENT, Referral.Status.WITHDRAWN), Referral.Status.PROPOSED.next());
        assertEquals(EnumSet.of(Referral.Status.ACCEPTED, Referral.Status.REJECTED, Referral.Status.WITHDRAWN),
                Referral.Status.SENT.next());
        assertEquals(EnumSet.of(Referral.Status.COMPLETED), Referral.Status.ACCEPTED.next());
        assertTrue(Referral.Status.COMPLETED.next().isEmpty());
        assertTrue(Referral.Status.REJECTED.next().isEmpty());
    }

    @Test
    void householdRelationsHaveTheirInverse() {
        assertEquals(HouseholdLink.Relation.CHILD, HouseholdLink.Relation.PARENT.inverse());
        assertEquals(HouseholdLink.Relation.PARENT, HouseholdLink.Relation.CHILD.inverse());
        assertEquals(HouseholdLink.Relation.SPOUSE, HouseholdLink.Relation.SPOUSE.inverse());
    }
}
