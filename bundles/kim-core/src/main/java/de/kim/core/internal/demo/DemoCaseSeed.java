package de.kim.core.internal.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.kim.api.CaseService;
import de.kim.api.ClientService;
import de.kim.api.DirectoryService;
import de.kim.api.ReferralService;
import de.kim.api.StructuralFindingService;
import de.kim.api.TimelineService;
import de.kim.api.steering.SteeringService;
import de.kim.api.model.ClientQuery;
import de.kim.core.internal.directory.DirectorySeed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import de.kim.api.operations.HealthCheck;
import de.kim.api.operations.HealthState;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Hashtable;
import de.kim.core.internal.clock.PlatformClock;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads demo clients and cases (the trajectories of KIM.md §3) on first start, when the database has
 * no client yet, by playing the steps of a JSON file through the platform's own services in one
 * transaction: the demo keeps every rule a case manager meets, and a broken file loads nothing.
 * When it is done (or has nothing to do) it registers a {@link HealthCheck} with {@value #DONE}: the REST
 * application waits for it, so that the API does not answer before the demo data is there (the database's
 * users start on a thread of their own, see the schema gate).
 */
@Component(immediate = true, configurationPid = "de.kim.demo")
@Designate(ocd = DemoCaseSeed.Config.class)
public final class DemoCaseSeed {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCaseSeed.class);
    /** The service property of the health check registered once the demo seed is done. */
    public static final String DONE = "kim.seed.done";

    private final ServiceRegistration<HealthCheck> done;

    @ObjectClassDefinition(name = "KIM demo cases", description = "Demo clients and cases loaded into an empty database")
    public @interface Config {
        @AttributeDefinition(description = "Whether to load the demo file when no client exists")
        boolean demo_enabled() default true;

        @AttributeDefinition(description = "Path of the demo file; empty means ${karaf.etc}/kim-demo-cases.json")
        String demo_file() default "";

        @AttributeDefinition(description = "Whether to add the generated history of the demo file (its section "
                + "history: some hundred cases of the last years, so that indicators and the report have figures)")
        boolean demo_history() default true;
    }

    @Activate
    public DemoCaseSeed(BundleContext context, Config config, @Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa,
            @Reference DirectorySeed directoryLoaded, @Reference DirectoryService directory,
            @Reference ClientService clients, @Reference TimelineService timelines, @Reference CaseService cases,
            @Reference ReferralService referrals, @Reference StructuralFindingService findings,
            @Reference SteeringService steering, @Reference(target = PlatformClock.TARGET) Clock clock) {
        String outcome = seed(config, jpa, directory, clients, timelines, cases, referrals, findings, steering,
                LocalDate.now(clock));
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(DONE, Boolean.TRUE);
        List<HealthState> state = List.of(new HealthState("demo data", true, outcome));
        done = context.registerService(HealthCheck.class, () -> state, properties);
    }

    @Deactivate
    void stop() {
        try {
            done.unregister();
        } catch (IllegalStateException e) {
            // gone with the bundle
        }
    }

    private static String seed(Config config, JpaTemplate jpa, DirectoryService directory, ClientService clients,
            TimelineService timelines, CaseService cases, ReferralService referrals, StructuralFindingService findings,
            SteeringService steering, LocalDate today) {
        if (!config.demo_enabled()) {
            return "switched off";
        }
        Path file = config.demo_file().isBlank()
                ? Paths.get(System.getProperty("karaf.etc", "etc"), "kim-demo-cases.json")
                : Paths.get(config.demo_file());
        if (!Files.isRegularFile(file)) {
            LOG.info("No demo file {}; no demo cases loaded", file);
            return "no file " + file;
        }
        try {
            JsonNode demo = new ObjectMapper().registerModule(new JavaTimeModule())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readTree(Files.readAllBytes(file));
            DemoSteps steps = new DemoSteps(directory, clients, timelines, cases, referrals, findings, steering);
            DemoHistory history = new DemoHistory(clients, timelines, cases, referrals, findings, steering, today);
            long started = System.nanoTime();
            Integer played = jpa.txExpr(TransactionType.Required, em -> {
                if (clients.searchClients(DemoSteps.DEMO, new ClientQuery(null, null, null, 0, 1)).total() > 0) {
                    return null;
                }
                return steps.play(demo);
            });
            if (played == null) {
                LOG.info("Clients exist already; demo file {} not applied", file);
                return "not applied: clients exist already";
            }
            int generated = config.demo_history() ? history.play(demo.path("history"),
                    run -> jpa.tx(TransactionType.Required, em -> run.run())) : 0;
            LOG.info("Demo file {} loaded in {} ms: {} steps, {} cases of history", file,
                    (System.nanoTime() - started) / 1_000_000, played, generated);
            return played + " steps and " + generated + " cases of history loaded";
        } catch (IOException | RuntimeException e) {
            LOG.error("Demo file {} not loaded: {}", file, e.getMessage());
            return "not loaded (the reason is in karaf.log)"; // public: /health/ready shows no exception text
        }
    }
}
