package de.kim.core.internal.rules;

import de.kim.api.TransitionRuleService;
import de.kim.api.model.TransitionRuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules in force, read from the rules file and read again whenever the file changes. A file
 * that does not parse or breaks a rule is refused with a log line; the rules in force stay.
 */
@Component(service = {TransitionRules.class, TransitionRuleService.class}, configurationPid = "de.kim.rules")
@Designate(ocd = TransitionRules.Config.class)
public final class TransitionRules implements TransitionRuleService {
    private static final Logger LOG = LoggerFactory.getLogger(TransitionRules.class);

    @ObjectClassDefinition(name = "KIM transition rules", description = "Rechtskreiswechsel and deadline rules")
    public @interface Config {
        @AttributeDefinition(description = "Path of the rules file; empty means ${karaf.etc}/kim-transition-rules.json")
        String rules_file() default "";
    }

    /** The rules in force, the file and the time of its last reading, when they were loaded, the last refusal. */
    public record Loaded(RuleSet rules, Path file, FileTime modified, Instant loadedAt, String lastError) {
    }

    private volatile Path file;
    private volatile Loaded loaded = new Loaded(RuleSet.empty(), null, null, null, null);

    @Activate
    @Modified
    void configure(Config config) {
        file = config.rules_file().isBlank()
                ? Paths.get(System.getProperty("karaf.etc", "etc"), "kim-transition-rules.json")
                : Paths.get(config.rules_file());
        loaded = new Loaded(RuleSet.empty(), file, null, null, null);
        current();
    }

    @Override
    public TransitionRuleSet rules() {
        Loaded state = state();
        return new TransitionRuleSet(String.valueOf(state.file()), state.loadedAt(), state.lastError(),
                state.rules().transitions().stream().map(r -> new TransitionRuleSet.Transition(r.id(), r.description(),
                        r.titles().stream().sorted().toList(), r.from(), r.to(), r.validFrom(), r.validTo(), r.source()))
                        .toList(),
                state.rules().deadlines().stream().map(r -> new TransitionRuleSet.Deadline(r.id(), r.description(),
                        r.age(), r.title(), r.source())).toList(),
                state.rules().grants().stream().map(g -> new TransitionRuleSet.Grant(g.id(), g.description(), g.title(),
                        g.grantedUntil(), g.maxMonths(), g.source())).toList(),
                state.rules().laws().stream().map(l -> new TransitionRuleSet.Law(l.id(), l.title(), l.inForceFrom(),
                        l.status(), l.source(), java.util.stream.Stream.concat(state.rules().waiting().stream(),
                                state.rules().transitions().stream()).filter(r -> l.id().equals(r.requiresLaw()))
                                .map(TransitionRule::id).toList(),
                        state.rules().transitions().stream().filter(r -> l.id().equals(r.endsWithLaw()))
                                .map(TransitionRule::id).toList())).toList());
    }

    /** The rules in force, after reading the file again if it changed. */
    public RuleSet current() {
        return state().rules();
    }

    /**
     * Makes {@code bytes} the rules file in force: checked first (a refusal changes nothing), the file before is kept
     * beside it as {@code <file>.before-<time>}, the new one is written to a temporary file and moved in place.
     *
     * @return the path of the kept file before, or null if there was none
     * @throws IllegalArgumentException naming the problems of the rules
     */
    public synchronized Path replace(byte[] bytes) throws IOException {
        RuleSet rules = RuleSet.parse(bytes);
        Path path = file;
        Path kept = null;
        if (Files.exists(path)) {
            kept = path.resolveSibling(path.getFileName() + ".before-" + Instant.now().toString().replace(':', '-'));
            Files.copy(path, kept, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path temporary = path.resolveSibling(path.getFileName() + ".new");
        Files.write(temporary, bytes);
        Files.move(temporary, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        loaded = new Loaded(rules, path, Files.getLastModifiedTime(path), Instant.now(), null);
        LOG.info("Transition rules {} replaced by the rule set \"{}\" ({} transition rules); the file before is kept as {}",
                path, rules.name(), rules.transitions().size(), kept);
        return kept;
    }

    /** What is loaded, after reading the file again if it changed. */
    public synchronized Loaded state() {
        Path path = file;
        FileTime modified = null;
        try {
            modified = Files.getLastModifiedTime(path);
            if (!modified.equals(loaded.modified())) {
                RuleSet rules = RuleSet.parse(Files.readAllBytes(path));
                loaded = new Loaded(rules, path, modified, Instant.now(), null);
                LOG.info("Transition rules {} loaded: {} transition rules, {} deadline rules", path,
                        rules.transitions().size(), rules.deadlines().size());
            }
        } catch (IOException | IllegalArgumentException e) {
            if (!String.valueOf(e.getMessage()).equals(loaded.lastError())) {
                LOG.error("Transition rules {} refused, the rules in force stay: {}", path, e.getMessage());
            }
            // remember the refused file's time so that it is read again only once it changes
            loaded = new Loaded(loaded.rules(), path, modified, loaded.loadedAt(), String.valueOf(e.getMessage()));
        }
        return loaded;
    }
}
