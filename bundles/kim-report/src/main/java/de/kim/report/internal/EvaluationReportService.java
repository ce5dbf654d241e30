package de.kim.report.internal;

import de.kim.api.DirectoryService;
import de.kim.api.access.Caller;
import de.kim.api.model.District;
import de.kim.api.model.Municipality;
import de.kim.api.steering.EvaluationReport;
import de.kim.api.steering.NeedsAssessment;
import de.kim.api.steering.SteeringFigures;
import de.kim.api.steering.SteeringService;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Gathers the report's figures through the steering service (which checks the caller's role and audits every
 * read: coordination and steering group only) and renders them as PDF or HTML.
 */
@Component(service = EvaluationReport.class)
public final class EvaluationReportService implements EvaluationReport {
    private final SteeringService steering;
    private final DirectoryService directory;
    private final ExecutorService helper = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "kim-report-needs");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public EvaluationReportService(@Reference SteeringService steering, @Reference DirectoryService directory) {
        this.steering = steering;
        this.directory = directory;
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    @Deactivate
    void stop() {
        helper.shutdownNow();
    }

    @Override
    public byte[] render(Caller caller, int period, Format format, Progress progress) {
        ReportData data = gather(caller, period, progress);
        progress.step(0.42, "Bericht wird gesetzt (" + format.name() + ")");
        byte[] out = format == Format.PDF ? PdfReport.render(data, progress) : HtmlReport.render(data, progress);
        progress.step(1.0, "fertig: " + out.length + " Bytes");
        return out;
    }

    ReportData gather(Caller caller, int period, Progress progress) {
        progress.step(0.02, "Indikatoren je Kommune und Zeitverlauf, Bedarfserhebung");
        // the needs are counted on another core while the indicators are (both check the caller's role)
        CompletableFuture<List<NeedsAssessment>> needsLater = CompletableFuture.supplyAsync(
                () -> steering.needs(caller, period), helper);
        List<SteeringFigures> figures = steering.figures(caller, period, period - 4);
        List<Municipality> towns = directory.municipalities(true).stream().filter(m -> m.ags().length() == 8).toList();
        progress.step(0.2, "Bedarfserhebung aller KIM-Kommunen");
        List<NeedsAssessment> needs;
        try {
            needs = needsLater.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        progress.step(0.36, "Stellen, Fallbelastung, Befunde und Sitzungen");
        String district = directory.district().map(District::name).orElse("Kreis");
        int threshold = needs.isEmpty() ? 5 : needs.get(0).threshold();
        // everything as it stood at the end of the period, not as it stands today
        LocalDate end = LocalDate.of(period, 12, 31);
        return new ReportData(period, LocalDate.now(), district, towns, figures, needs,
                steering.posts(caller, true).stream().filter(p -> p.activeOn(end)).toList(),
                steering.caseloads(caller, end), steering.findingCounts(caller),
                steering.meetings(caller).stream().filter(m -> m.date() != null && m.date().getYear() == period).toList(),
                threshold);
    }
}
