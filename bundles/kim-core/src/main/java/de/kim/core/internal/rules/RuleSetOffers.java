package de.kim.core.internal.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;

/**
 * The rule sets that deployed extension bundles offer ({@code KIM-INF/rules/*.json}), by name. An offer is only a
 * candidate: it is reviewed with a dry run and activated on purpose; it goes when its bundle stops.
 */
@Component(service = RuleSetOffers.class)
public final class RuleSetOffers {

    /** One offered rule set and where it comes from; {@code rules} is null and {@code problem} set if refused. */
    public record Offer(String name, long bundleId, String bundle, String bundleVersion, String file, byte[] bytes,
            RuleSet rules, String problem) {
    }

    private final Map<String, Offer> offers = new ConcurrentHashMap<>();

    /**
     * Takes an offered rules file: its name, or a refusal.
     *
     * @throws IllegalArgumentException if it has no name or another bundle offers the same name
     */
    public String offer(long bundleId, String bundle, String version, String file, byte[] bytes) {
        RuleSet rules = null;
        String problem = null;
        try {
            rules = RuleSet.parse(bytes);
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        String name = rules != null ? rules.name() : nameOf(bytes);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a rule set needs a \"name\"" + (problem == null ? "" : "; " + problem));
        }
        Offer earlier = offers.get(name);
        if (earlier != null && earlier.bundleId() != bundleId) {
            throw new IllegalArgumentException("rule set \"" + name + "\" is offered by " + earlier.bundle() + " already");
        }
        offers.put(name, new Offer(name, bundleId, bundle, version, file, bytes.clone(), rules, problem));
        return name;
    }

    /** The offers of a bundle that stopped are gone. */
    public void withdraw(long bundleId) {
        offers.values().removeIf(o -> o.bundleId() == bundleId);
    }

    public List<Offer> all() {
        return offers.values().stream().sorted(Comparator.comparing(Offer::name)).toList();
    }

    public Optional<Offer> named(String name) {
        return Optional.ofNullable(name == null ? null : offers.get(name));
    }

    private static String nameOf(byte[] bytes) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes).path("name").asText(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
