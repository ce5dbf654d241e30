package de.kim.core.internal.directory;

import de.kim.api.model.Office;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the responsible office among those that serve a legal domain in a municipality: public
 * authorities before other providers, then the most local office (responsible for the fewest
 * municipalities), then the oldest entry. A town that registers its own office for a domain thus
 * takes over from the district's office without the district's entry being edited.
 */
final class ResponsibilityRule {
    private static final Comparator<Office> PRECEDENCE = Comparator
            .comparing((Office o) -> !o.kind().isAuthority())
            .thenComparingInt(o -> o.municipalities().size())
            .thenComparing(Office::id, Comparator.nullsLast(Comparator.naturalOrder()));

    private ResponsibilityRule() {
    }

    static Optional<Office> choose(List<Office> candidates) {
        return candidates.stream().min(PRECEDENCE);
    }
}
