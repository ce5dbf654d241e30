package de.kim.core.internal.clients;

import de.kim.core.internal.store.NameKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void umlautsAccentsAndCaseAreFolded() {
        assertEquals("muller", NameKey.normalize("Müller"));
        assertEquals("muller", NameKey.normalize("MUELLER"));
        assertEquals("muller", NameKey.normalize("Muller"));
        assertEquals("strasser", NameKey.normalize("Straßer"));
        assertEquals("sengul", NameKey.normalize("Şengül"));
        assertEquals("jose", NameKey.normalize("José"));
        assertEquals("yilmaz", NameKey.normalize("Yılmaz"));
        assertEquals("lukasz", NameKey.normalize("Łukasz"));
    }

    @Test
    void prefixRangeEndsAfterEveryWordWithThePrefix() {
        String upper = NameKey.upperBound("mul");
        assertEquals("mum", upper);
        for (String word : List.of("mul", "muller", "mulzzzz")) {
            assertEquals(true, word.compareTo("mul") >= 0 && word.compareTo(upper) < 0, word);
        }
        assertEquals(false, "mum".compareTo(upper) < 0);
    }

    @Test
    void namePartsBecomeSeparateTokens() {
        assertEquals(Set.of("al", "hassan", "ahmad", "karim"), NameKey.tokens("Al-Hassan", "Ahmad Karim"));
        assertEquals(List.of("oz", "ay"), NameKey.queryWords("  Öz  ay "));
    }

    @Test
    void shortKeysAreTheFirstOneToThreeLettersOfEveryWordOncePerClient() {
        Set<String> keys = NameKey.shortKeys(NameKey.tokens("Haddad", "Hana Al"));
        String m = NameKey.SHORT;
        assertEquals(Set.of(m + "h", m + "ha", m + "had", m + "han", m + "a", m + "al"), keys);
        // the marker sorts before every letter: short keys never fall into a word's prefix range
        assertEquals(true, (m + "zzz").compareTo("0") < 0);
    }
}
