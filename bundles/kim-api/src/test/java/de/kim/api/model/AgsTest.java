package de.kim.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgsTest {

    @Test
    void eightDigitKeyOfTheDistrictBelongsToIt() {
        assertTrue(Ags.belongsTo("05958044", "05958"));
    }

    @Test
    void keyOfAnotherDistrictDoesNotBelongToIt() {
        assertTrue(Ags.isWellFormed("05974040"));
        assertFalse(Ags.belongsTo("05974040", "05958"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "0595804", "059580440", "0595804a", " 05958044", "O5958044"})
    void malformedKeysAreRejected(String ags) {
        assertFalse(Ags.isWellFormed(ags));
        assertFalse(Ags.belongsTo(ags, "05958"));
    }

    @Test
    void malformedDistrictKeyMatchesNothing() {
        assertFalse(Ags.belongsTo("05958044", "0595"));
        assertFalse(Ags.belongsTo("05958044", null));
    }

    @Test
    void legalDomainCodesAreStableAndUnknownCodesNamed() {
        assertEquals(LegalDomain.SGB2, LegalDomain.fromCode("SGB2"));
        assertEquals("SGB II", LegalDomain.SGB2.displayName());
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> LegalDomain.fromCode("SGB 2"));
        assertEquals("legalDomain", e.field());
        assertTrue(e.getMessage().contains("AufenthG"), e.getMessage());
    }
}
