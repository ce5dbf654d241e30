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

    /** The normalized words of a search query, each to be matched as the beginning of a name part. */
    public static List<String> queryWords(String query) {
        return List.copyOf(tokens(query));
    }
}
