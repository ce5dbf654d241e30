package de.kim.core.internal.clients;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Names with control or text-direction characters are refused; names of every script pass. */
class ClientNamesTest {

    @Test
    void realNamesPass() {
        for (String name : new String[] {"Müller-Lüdenscheidt", "O'Brien", "Ali al-Haddad", "Ярослава", "محمد",
                "خدیجه\u200cزاده", "Nguyễn Thị", "李", "Zoë  van der Berg"}) {
            assertTrue(ClientRules.isPrintableName(name), name);
        }
    }

    @Test
    void controlAndDirectionCharactersAreRefused() {
        for (String name : new String[] {"Ab\u0000c", "Ab\u202eCD", "A\tB", "A\nB", "A\u200bB", "A\u2066B\u2069",
                "A\u0001", "A\ufeffB", "A\ue000"}) {
            assertFalse(ClientRules.isPrintableName(name), name.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
    }
}
