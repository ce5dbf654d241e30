package de.kim.report.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kim.api.model.Municipality;
import de.kim.api.steering.Caseload;
import de.kim.api.steering.EnteredNeeds;
import de.kim.api.steering.EvaluationReport;
import de.kim.api.steering.FindingCount;
import de.kim.api.steering.NeedsAssessment;
import de.kim.api.steering.Post;
import de.kim.api.steering.PostRole;
import de.kim.api.steering.SteeringFigures;
import de.kim.api.steering.SteeringFigures.Cell;
import de.kim.api.steering.SteeringMeeting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The renderers on hand-made figures: the PDF read back with PDFBox, the HTML as text. */
class ReportRenderingTest {
    private static final List<Municipality> TOWNS = List.of(
            new Municipality("05958004", "Arnsberg", "05958", 74300, LocalDate.parse("2023-06-30"), true),
            new Municipality("05958020", "Hallenberg", "05958", 4540, LocalDate.parse("2023-06-30"), true));

    private static ReportData data() {
        SteeringFigures newCases = new SteeringFigures("kim.cases.new", "Neue Fälle", 2025,
                List.of(new Cell("05958004", "Arnsberg", 412L, null, null, 5.545, false),
                        new Cell("05958020", "Hallenberg", null, null, null, null, true)),
                List.of(new Cell("2024", "2024", 377L, null, null, 4.8, false),
                        new Cell("2025", "2025", 415L, null, null, 5.3, false)));
        SteeringFigures share = new SteeringFigures("kim.handover.nogap", "Rechtskreiswechsel ohne Leistungslücke", 2025,
                List.of(new Cell("05958004", "Arnsberg", 57L, 61L, 57 / 61.0, null, false),
                        new Cell("05958020", "Hallenberg", null, null, null, null, true)),
                List.of(new Cell("2024", "2024", null, null, null, null, true),
                        new Cell("2025", "2025", 58L, 63L, 58 / 63.0, null, false)));
        NeedsAssessment needs = new NeedsAssessment("05958004", "Arnsberg", 2025, List.of(
                new NeedsAssessment.NeedsFigure("TARGET_GROUP", "ASYLUM_SEEKER", "ASYLUM_SEEKER", 120L, 98L, false, false),
                new NeedsAssessment.NeedsFigure("AGE_BAND", "65", "65 Jahre und älter", null, 7L, true, false)),
                new EnteredNeeds(140, 12, 60, 9, "Wohnraum knapp in Neheim", 1L), EnteredNeeds.none(), List.of(
                        new NeedsAssessment.Responsibility("SGB2", "SGB II", 5L, "Jobcenter HSK, Standort Arnsberg")), 5);
        List<Post> posts = List.of(new Post(1L, "05958004", 22L, PostRole.CASE_MANAGER, 1.0, "KIM_RICHTLINIE",
                "Rathaus Arnsberg-Neheim", "cm.arnsberg", "Murat Aydın", LocalDate.parse("2021-01-01"), null, 0L));
        List<Caseload> loads = List.of(new Caseload("05958004", "Arnsberg", 61L, 1.0, 61.0, false),
                new Caseload("05958020", "Hallenberg", null, 0.5, null, true));
        List<FindingCount> findings = List.of(new FindingCount("HEALTH", "Gesundheit", "05958028", "Medebach", 1, 0, 0));
        List<SteeringMeeting> meetings = List.of(new SteeringMeeting(1L, LocalDate.parse("2025-11-12"),
                "3. Sitzung der Steuerungsgruppe KIM 2025", List.of(new SteeringMeeting.AgendaItem(4, "HEALTH",
                        "Krankenversicherung von EU-Bürgern", "RESOLVED")),
                List.of(new SteeringMeeting.Decision(1L, 4L, "Clearingstelle beim Jobcenter einrichten", "Jobcenter HSK",
                        LocalDate.parse("2026-03-31"), true)), 0L));
        return new ReportData(2025, LocalDate.parse("2026-11-30"), "Hochsauerlandkreis", TOWNS, List.of(newCases, share),
                List.of(needs), posts, loads, findings, meetings, 5);
    }

    @Test
    void pdfHasEverySectionMunicipalityAndIndicatorAndMarksHiddenCells() throws IOException {
        List<String> steps = new ArrayList<>();
        byte[] pdf = PdfReport.render(data(), (share, what) -> steps.add(what));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/report-test.pdf"), pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 6, "pages: " + doc.getNumberOfPages());
            text = new PDFTextStripper().getText(doc);
        }
        for (String expected : List.of("Evaluationsbericht", "Zusammenfassung", "Arnsberg", "Hallenberg", "Neue Fälle",
                "Rechtskreiswechsel ohne Leistungslücke", "Bedarfserhebung", "Wohnraum knapp in Neheim",
                "Fälle je Vollzeitstelle", "Clearingstelle beim Jobcenter einrichten", "gesperrt", "93,4 %")) {
            assertTrue(text.contains(expected), "missing: " + expected);
        }
        assertFalse(text.contains("Murat"), "no names of staff in the report");
        assertTrue(steps.size() >= 5, "progress steps: " + steps);
    }

    @Test
    void htmlIsOnePageWithChartsAndEscapedText() {
        String html = new String(HtmlReport.render(data(), EvaluationReport.Progress.none()), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<img alt=\"Neue Fälle nach Kommune\" src=\"data:image/png;base64,"));
        assertTrue(html.contains("<td class=\"s\">gesperrt</td>"));
        assertFalse(html.contains("<script"));
    }
}
