package de.kim.core.internal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kim.api.access.Caller;
import de.kim.api.access.ForbiddenException;
import de.kim.api.access.Role;
import de.kim.api.model.DataCategory;
import de.kim.api.model.Purpose;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeedToKnowTest {
    private static final String ARNSBERG = "05958004";
    private static final Caller SUNDERN = CallerSeal.seal(new Caller("cm.sundern", Set.of(Role.CASE_MANAGER), "05958044", 32L, null));
    private static final Caller DISTRICT = CallerSeal.seal(new Caller("cm.kreis", Set.of(Role.CASE_MANAGER), "05958", 34L, null));
    private static final Caller ABH = CallerSeal.seal(new Caller("abh.hsk", Set.of(Role.ABH_CLERK), null, 1L, null));
    private static final Caller COORDINATOR = CallerSeal.seal(new Caller("ki", Set.of(Role.COORDINATOR), "05958", 34L, null));
    private static final Operation READ = Operation.read("case.read");
    private static final Operation WRITE = Operation.write("case.write");

    private static Reach arnsberg(Reach.Release... releases) {
        return new Reach(Set.of(ARNSBERG), Set.of(), List.of(releases));
    }

    @Test
    void theCaseTeamOfTheMunicipalityOrTheDistrictSeesAndChangesEverything() {
        Caller arnsberg = CallerSeal.seal(new Caller("cm.arnsberg", Set.of(Role.CASE_MANAGER), ARNSBERG, 22L, null));
        assertEquals(Optional.of(Access.FULL), NeedToKnow.decide(arnsberg, arnsberg(), WRITE));
        assertEquals(Optional.of(Access.FULL), NeedToKnow.decide(DISTRICT, arnsberg(), WRITE));
    }

    @Test
    void anotherMunicipalitySeesNothingWithoutARelease() {
        assertTrue(NeedToKnow.decide(SUNDERN, arnsberg(), READ).isEmpty());
        assertTrue(NeedToKnow.decide(SUNDERN, arnsberg(new Reach.Release(5, Purpose.BENEFITS)), READ).isEmpty(),
                "a release to another office");
    }

    @Test
    void aReleaseToTheOfficeShowsExactlyWhatItsPurposeNeedsForReadingOnly() {
        Access access = NeedToKnow.decide(SUNDERN, arnsberg(new Reach.Release(32, Purpose.BENEFITS)), READ)
                .orElseThrow();
        assertEquals(Access.Level.RELEASED, access.level());
        assertEquals(Purpose.BENEFITS.releases(), access.categories());
        assertFalse(access.sees(DataCategory.ASSESSMENTS));
        assertTrue(NeedToKnow.decide(SUNDERN, arnsberg(new Reach.Release(32, Purpose.BENEFITS)), WRITE).isEmpty());
    }

    @Test
    void theForeignersOfficeNeverSeesKimNotesEvenOnAHandover() {
        Access access = NeedToKnow.decide(ABH, arnsberg(new Reach.Release(1, Purpose.HANDOVER)), READ).orElseThrow();
        assertTrue(access.sees(DataCategory.RESIDENCE));
        for (DataCategory note : List.of(DataCategory.ASSESSMENTS, DataCategory.GOALS, DataCategory.ACTIVITIES,
                DataCategory.FORMS)) {
            assertFalse(access.sees(note), note.name());
        }
    }

    @Test
    void coordinatorsReadPseudonymisedAndChangeNothing() {
        assertEquals(Access.PSEUDONYMOUS, NeedToKnow.decide(COORDINATOR, arnsberg(), READ).orElseThrow());
        assertFalse(Access.PSEUDONYMOUS.sees(DataCategory.IDENTITY));
        assertThrows(ForbiddenException.class, () -> NeedToKnow.decide(COORDINATOR, arnsberg(), WRITE));
    }

    @Test
    void rolesWithoutCaseContentAreForbiddenWhateverTheRecord() {
        for (Role role : List.of(Role.ADMIN, Role.STEERING, Role.DATA_PROTECTION)) {
            Caller caller = CallerSeal.seal(new Caller("x", Set.of(role), "05958", null, null));
            assertThrows(ForbiddenException.class, () -> NeedToKnow.decide(caller, arnsberg(), READ), role.name());
        }
        assertThrows(ForbiddenException.class,
                () -> NeedToKnow.decide(CallerSeal.seal(new Caller("nobody", Set.of(), null, null, null)), arnsberg(), READ));
    }

    @Test
    void theOfficeHoldingACaseSeesWhatTheConsentReleasesAndRecordsOnlyItsOwnProcedure() {
        Reach withdrawn = new Reach(Set.of(ARNSBERG), Set.of(32L), List.of());
        assertTrue(NeedToKnow.decide(SUNDERN, withdrawn, READ).isEmpty(), "no consent, nothing of what KIM recorded");
        assertTrue(NeedToKnow.decide(SUNDERN, withdrawn, Operation.write("period.end")).isEmpty());
        Reach held = new Reach(Set.of(ARNSBERG), Set.of(32L), List.of(new Reach.Release(32, Purpose.HANDOVER)));
        Access access = NeedToKnow.decide(SUNDERN, held, READ).orElseThrow();
        assertEquals(Access.Level.RELEASED, access.level());
        assertEquals(Purpose.HANDOVER.releases(), access.categories());
        assertFalse(access.sees(DataCategory.ACTIVITIES), "a hand-over releases no activities, also to the holder");
        assertTrue(NeedToKnow.decide(SUNDERN, held, Operation.write("period.end")).isPresent(), "its own period");
        assertTrue(NeedToKnow.decide(SUNDERN, held, Operation.write("client.write")).isEmpty(), "not master data");
        assertTrue(NeedToKnow.decide(SUNDERN, held, Operation.write("case.activity")).isEmpty(), "not KIM notes");
    }

    @Test
    void anExtensionActingForTheCaseTeamSeesOnlyTheCategoriesItDeclared() {
        Caller team = CallerSeal.seal(new Caller("cm.arnsberg", Set.of(Role.CASE_MANAGER), ARNSBERG, 22L, null));
        Caller extension = CallerSeal.narrow(team, Set.of(DataCategory.CASE, DataCategory.ACTIVITIES));
        assertTrue(extension.issued() && extension.narrowed());
        Access access = NeedToKnow.decide(extension, arnsberg(), READ).orElseThrow();
        assertEquals(Access.Level.DECLARED, access.level());
        assertFalse(access.full(), "redacted to what it declared");
        assertEquals(Set.of(DataCategory.CASE, DataCategory.ACTIVITIES), access.categories());
        assertTrue(NeedToKnow.decide(extension, arnsberg(), Operation.write("case.activity")).isPresent());
        ForbiddenException goals = assertThrows(ForbiddenException.class,
                () -> NeedToKnow.decide(extension, arnsberg(), Operation.write("case.goal")));
        assertTrue(goals.getMessage().contains("GOALS"), goals.getMessage());
        assertThrows(ForbiddenException.class, () -> NeedToKnow.decide(extension, arnsberg(),
                Operation.read("client.read")));
        // never more than the user: the same extension for another town's case manager sees nothing there
        assertTrue(NeedToKnow.decide(CallerSeal.narrow(SUNDERN, Set.of(DataCategory.values())), arnsberg(), READ)
                .isEmpty());
    }

    @Test
    void anExtensionCannotDropOrWidenItsDeclaredCategories() {
        Caller extension = CallerSeal.narrow(SUNDERN, Set.of(DataCategory.CASE));
        Caller dropped = new Caller(extension.user(), extension.claimedRoles(), extension.claimedMunicipality(),
                extension.claimedOfficeId(), null, extension.seal(), null);
        Caller widened = new Caller(extension.user(), extension.claimedRoles(), extension.claimedMunicipality(),
                extension.claimedOfficeId(), null, extension.seal(), Set.of(DataCategory.values()));
        assertFalse(dropped.issued());
        assertFalse(widened.issued());
        assertEquals(Set.of(DataCategory.CASE), CallerSeal.narrow(extension, Set.of(DataCategory.values()))
                .categories(), "narrowing an extension's caller again never widens it");
    }
}
