package de.kim.report.internal;

import static de.kim.report.internal.Texts.html;

import de.kim.api.model.Municipality;
import de.kim.api.steering.EvaluationReport;
import de.kim.api.steering.NeedsAssessment;
import de.kim.api.steering.SteeringFigures;
import de.kim.api.steering.SteeringMeeting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** The report as one self-contained HTML page: the same sections as the PDF, charts as embedded PNG images. */
final class HtmlReport {
    private final StringBuilder b = new StringBuilder(64 * 1024);

    private HtmlReport() {
    }

    static byte[] render(ReportData d, EvaluationReport.Progress progress) {
        HtmlReport r = new HtmlReport();
        r.page(d, progress);
        return r.b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void page(ReportData d, EvaluationReport.Progress progress) {
        b.append("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>KIM-Evaluationsbericht ")
                .append(d.period()).append("</title><style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;"
                + "color:#222}h1,h2{color:#1f4e79}table{border-collapse:collapse;width:100%;margin:.5rem 0}"
                + "th{background:#1f4e79;color:#fff;text-align:left}th,td{border:1px solid #bbb;padding:.25rem .5rem}"
                + ".s{color:#666;font-style:italic}img{max-width:100%}</style></head><body>\n");
        b.append("<h1>Evaluationsbericht Kommunales Integrationsmanagement (KIM)</h1><p><strong>")
                .append(html(d.district())).append(" – Berichtsjahr ").append(d.period()).append("</strong></p>");
        b.append("<p>Teilnehmende Kommunen: ").append(html(String.join(", ", d.municipalities().stream()
                .map(Municipality::name).toList()))).append(". Zellen mit Werten zwischen 1 und ").append(d.threshold() - 1)
                .append(" und Zellen, aus denen sie sich zurückrechnen ließen, sind als <span class=\"s\">")
                .append(Texts.SUPPRESSED).append("</span> ausgewiesen (nie als 0). Erstellt am ").append(Texts.date(d.generatedOn()))
                .append(".</p>\n");
        progress.step(0.45, "Zusammenfassung");
        b.append("<h2>1 Zusammenfassung</h2>");
        table(new String[] {"Kennzahl (Kreis)", String.valueOf(d.period()), String.valueOf(d.period() - 1)},
                Summary.indicators(d).stream().map(l -> new String[] {l.what(), l.now(), l.before()}).toList());
        table(new String[] {"Organisation und Steuerung", "", ""},
                Summary.organisation(d).stream().map(l -> new String[] {l.what(), l.now(), l.before()}).toList());
        b.append("<h2>2 Indikatoren nach Kommune und im Zeitverlauf</h2>");
        int i = 0;
        for (SteeringFigures f : d.figures()) {
            progress.step(0.45 + 0.35 * i++ / Math.max(1, d.figures().size()), "Diagramm " + f.label());
            b.append("<h3>").append(html(f.label())).append("</h3>");
            image(Charts.byMunicipality(f), f.label() + " nach Kommune", 800, 380);
            image(Charts.trend(f), f.label() + " im Zeitverlauf", 800, 280);
            boolean share = Charts.isShare(f);
            table(new String[] {"Kommune", share ? "Zähler / Nenner" : "Anzahl", share ? "Anteil" : "je 1.000 Einwohner"},
                    f.municipalities().stream().map(c -> new String[] {c.label(), c.suppressed() ? Texts.SUPPRESSED
                            : share ? Texts.count(c.numerator()) + " / " + Texts.count(c.denominator())
                            : Texts.count(c.numerator()), c.suppressed() ? Texts.SUPPRESSED : share
                            ? Texts.percent(c.ratio()) : Texts.decimal(c.per1000(), 2)}).toList());
        }
        progress.step(0.82, "Bedarfserhebung");
        b.append("<h2>3 Bedarfserhebung</h2>");
        for (NeedsAssessment n : d.needs()) {
            b.append("<h3>").append(html(n.name())).append("</h3>");
            table(new String[] {"Merkmal", String.valueOf(n.period()), String.valueOf(n.period() - 1)},
                    n.derived().stream().map(f -> new String[] {f.label(), f.suppressed() ? Texts.SUPPRESSED
                            : Texts.count(f.value()), f.previousSuppressed() ? Texts.SUPPRESSED : Texts.count(f.previous())})
                            .toList());
            if (n.entered().localConditions() != null) {
                b.append("<p>Örtliche Bedingungen: ").append(html(n.entered().localConditions())).append("</p>");
            }
        }
        progress.step(0.88, "Stellen und Fallbelastung");
        b.append("<h2>4 Stellen, Einsatzorte und Fallbelastung</h2>");
        table(new String[] {"Kommune", "Aufgabe", "VZÄ", "Finanzierung", "Einsatzort"}, d.posts().stream()
                .map(p -> new String[] {PdfReport.name(d, p.municipality()), p.role().displayName() + (p.holder() == null ? " (unbesetzt)" : ""),
                        Texts.decimal(p.fte(), 1), Texts.funding(p.funding()), p.placement()}).toList());
        table(new String[] {"Kommune", "Offene Fälle", "VZÄ Case Management", "Fälle je Vollzeitstelle"},
                d.caseloads().stream().map(l -> new String[] {l.name(), Texts.count(l.openCases()),
                        Texts.decimal(l.caseManagerFte(), 1), l.suppressed() ? Texts.SUPPRESSED
                        : Texts.decimal(l.casesPerFte(), 1)}).toList());
        progress.step(0.93, "Strukturelle Befunde und Beschlüsse");
        b.append("<h2>5 Strukturelle Befunde und Beschlüsse der Steuerungsgruppe</h2>");
        table(new String[] {"Themenfeld", "Kommune", "offen", "eingebracht", "gelöst"}, d.findings().stream()
                .map(f -> new String[] {f.topicName(), f.name(), String.valueOf(f.open()), String.valueOf(f.raised()),
                        String.valueOf(f.resolved())}).toList());
        for (SteeringMeeting m : Summary.meetingsOf(d)) {
            b.append("<h3>").append(html(m.title())).append(" am ").append(Texts.date(m.date())).append("</h3><ul>");
            for (SteeringMeeting.Decision dec : m.decisions()) {
                b.append("<li>Beschluss zu Befund ").append(dec.findingId()).append(": ").append(html(dec.text()))
                        .append("</li>");
            }
            b.append("</ul>");
        }
        b.append("</body></html>\n");
    }

    private void table(String[] heads, java.util.List<String[]> rows) {
        b.append("<table><thead><tr>");
        for (String h : heads) {
            b.append("<th>").append(html(h)).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (String[] row : rows) {
            b.append("<tr>");
            for (String cell : row) {
                boolean hidden = Texts.SUPPRESSED.equals(cell);
                b.append(hidden ? "<td class=\"s\">" : "<td>").append(html(cell)).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table>\n");
    }

    private void image(JFreeChart chart, String alt, int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.append("<img alt=\"").append(html(alt)).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png.toByteArray())).append("\">\n");
    }
}
