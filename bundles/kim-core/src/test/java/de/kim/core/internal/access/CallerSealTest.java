package de.kim.core.internal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kim.api.access.Caller;
import de.kim.api.access.Role;
import de.kim.api.model.Purpose;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Only callers the core sealed have roles and scope; a forged or widened one has none. */
class CallerSealTest {
    private final Caller issued = CallerSeal.seal(new Caller("cm.sundern", Set.of(Role.CASE_MANAGER), "05958044", 32L,
            null));

    @Test
    void anIssuedCallerHasItsRolesAndScope() {
        assertTrue(issued.issued());
        assertTrue(issued.has(Role.CASE_MANAGER));
        assertTrue(issued.covers("05958044"));
        assertEquals(32L, issued.officeId());
        Caller purposeful = issued.forPurpose(Purpose.values()[0]);
        assertTrue(purposeful.issued(), "the purpose is not part of the seal");
    }

    @Test
    void aCallerConstructedElsewhereHasNothing() {
        Caller forged = new Caller("cm.sundern", Set.of(Role.CASE_MANAGER, Role.SYSTEM), "05958", 32L, null);
        assertFalse(forged.issued());
        assertFalse(forged.has(Role.SYSTEM));
        assertFalse(forged.covers("05958044"));
        assertNull(forged.municipality());
        assertNull(forged.officeId());
        assertEquals("NONE", forged.auditRole());
    }

    @Test
    void aSealCopiedOntoWiderRolesOrScopeDoesNotVerify() {
        Caller widened = new Caller("cm.sundern", Set.of(Role.CASE_MANAGER, Role.SYSTEM), "05958044", 32L, null,
                issued.seal());
        assertFalse(widened.issued());
        Caller district = new Caller("cm.sundern", Set.of(Role.CASE_MANAGER), "05958", 32L, null, issued.seal());
        assertFalse(district.issued());
        Caller other = new Caller("cm.kreis", Set.of(Role.CASE_MANAGER), "05958044", 32L, null, issued.seal());
        assertFalse(other.issued());
    }

    @Test
    void systemCallersAreIssuedByTheCoreOnly() {
        assertTrue(CallerSeal.system("test").has(Role.SYSTEM));
    }
}
