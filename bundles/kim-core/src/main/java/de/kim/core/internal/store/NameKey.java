package de.kim.core.internal.store;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Search keys of names: lower case, without accents, umlauts folded to their base letter and their
 * spelled-out form ("ue") to the same, so that "Muller", "Mueller" and "MÜLLER" find "Müller".
 */
public final class NameKey {
    private NameKey() {
    }

    /** The normalized form of one word. */
    public static String normalize(String word) {
        String folded = word.toLowerCase(Locale.ROOT).replace("ß", "ss").replace('ı', 'i').replace('ł', 'l')
                .replace('ø', 'o').replace('đ', 'd').replace("æ", "ae");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        folded = folded.replace("ae", "a").replace("oe", "o").replace("ue", "u");
        return folded.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The distinct normalized words of the given name parts. */
    public static Set<String> tokens(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .flatMap(p -> Arrays.stream(p.split("[\\s\\-']+")))
                .map(NameKey::normalize).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The first string after every string that begins with {@code prefix}: the end of its index range. */
    public static String upperBound(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    /**
     * Marks the short keys: the first one, two and three letters of every name word, stored once per
     * client, so that a search of up to three letters is an equality on the key index that yields the
     * clients already in name order (no sort, no DISTINCT over thousands of matches).
     */
    public static final String SHORT = "\u0001";
    /** The longest query word answered from the short keys. */
    public static final int SHORT_MAX = 3;

    /** The short keys of a client's name words: each word's first one to three letters, marked. */
    public static Set<String> shortKeys(Set<String> tokens) {
        Set<String> keys = new LinkedHashSet<>();
        for (String token : tokens) {
            for (int n = 1; n <= Math.min(SHORT_MAX, token.length()); n++) {
                keys.add(SHORT + token.substring(0, n));
            }
        }
        return keys;
    }

    /** The normalized words of a search query, each to be matched as the beginning of a name part. */
    public static List<String> queryWords(String query) {
        return List.copyOf(tokens(query));
    }
}
