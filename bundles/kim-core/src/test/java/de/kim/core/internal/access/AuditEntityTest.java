package de.kim.core.internal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What anybody sends (a user name without an account, a path) cannot drive the terminal of whoever reads the trail. */
class AuditEntityTest {

    @Test
    void controlCharactersAreReplacedAndLengthsKept() {
        assertEquals("eve\uFFFD[31mRED\uFFFD[0m", AuditEntity.cut("eve\u001b[31mRED\u001b[0m", 100));
        assertEquals("a\uFFFDb\uFFFDc", AuditEntity.cut("a\nb\u009bc", 100));
        assertEquals("Ümlaut ß", AuditEntity.cut("Ümlaut ß", 100));
        assertEquals("abc", AuditEntity.cut("abcdef", 3));
        assertNull(AuditEntity.cut(null, 3));
    }
}
