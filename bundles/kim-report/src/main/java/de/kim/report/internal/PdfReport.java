package de.kim.report.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import de.kim.api.model.Municipality;
import de.kim.api.steering.Caseload;
import de.kim.api.steering.EnteredNeeds;
import de.kim.api.steering.EvaluationReport;
import de.kim.api.steering.FindingCount;
import de.kim.api.steering.NeedsAssessment;
import de.kim.api.steering.Post;
import de.kim.api.steering.SteeringFigures;
import de.kim.api.steering.SteeringMeeting;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/** The report as PDF (OpenPDF); charts are drawn by JFreeChart straight into the PDF as vector graphics. */
final class PdfReport {
    static final Color HEAD = new Color(0x1f, 0x4e, 0x79);
    static final Font TITLE = new Font(Font.HELVETICA, 22, Font.BOLD, HEAD);
    static final Font H1 = new Font(Font.HELVETICA, 16, Font.BOLD, HEAD);
    static final Font H2 = new Font(Font.HELVETICA, 12, Font.BOLD, HEAD);
    static final Font TEXT = new Font(Font.HELVETICA, 10);
    static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD, Color.WHITE);
    private static final Font CELL = new Font(Font.HELVETICA, 9);
    private static final Map<String, String> GROUPS = Map.of("TARGET_GROUP", "Zielgruppen (Klientinnen und Klienten"
            + " mit Fall im Jahr)", "RESIDENCE_STATUS", "Aufenthaltsstatus am Jahresende", "LEGAL_DOMAIN",
            "Rechtskreise am Jahresende", "AGE_BAND", "Altersgruppen am Jahresende", "HANDOVER",
            "Rechtskreiswechsel im Jahr");

    private PdfReport() {
    }

    static byte[] render(ReportData d, EvaluationReport.Progress progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 55, 55);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            // what OpenPDF reaches towards an accessible PDF: marked as tagged with a structure tree root, the
            // document's language and its title shown by readers; no PDF/UA (see docs/decisions.md)
            writer.setTagged();
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("de-DE"));
            writer.setPageEvent(new Footer("KIM-Evaluationsbericht " + d.period() + " – " + d.district()));
            doc.addTitle("Evaluationsbericht Kommunales Integrationsmanagement " + d.period());
            doc.addSubject("KIM " + d.district() + " " + d.period());
            doc.addCreator("KIM Platform");
            doc.open();
            titlePage(doc, d);
            progress.step(0.45, "Zusammenfassung");
            summary(doc, d);
            int i = 0;
            for (SteeringFigures f : d.figures()) {
                progress.step(0.45 + 0.35 * i++ / Math.max(1, d.figures().size()), "Diagramm " + f.label());
                indicator(doc, writer, f);
            }
            progress.step(0.82, "Bedarfserhebung");
            needs(doc, d);
            progress.step(0.88, "Stellen und Fallbelastung");
            posts(doc, d);
            progress.step(0.93, "Strukturelle Befunde und Beschlüsse");
            findings(doc, d);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the report could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void titlePage(Document doc, ReportData d) throws DocumentException {
        doc.add(space(120));
        doc.add(new Paragraph("Evaluationsbericht", TITLE));
        doc.add(new Paragraph("Kommunales Integrationsmanagement (KIM)", H1));
        doc.add(space(12));
        doc.add(new Paragraph(d.district() + " – Berichtsjahr " + d.period(), H2));
        doc.add(space(30));
        doc.add(new Paragraph("Für die Steuerungsgruppe KIM, die politischen Gremien und die Partner (§ 20 TIntG NRW). "
                + "Teilnehmende Kommunen: " + String.join(", ", d.municipalities().stream().map(Municipality::name)
                .toList()) + ".", TEXT));
        doc.add(space(8));
        doc.add(new Paragraph("Alle Zahlen sind aus den Falldaten der Plattform in der Datenbank gezählt. Zellen mit "
                + "Werten zwischen 1 und " + (d.threshold() - 1) + " sowie Zellen, aus denen sie sich zurückrechnen "
                + "ließen, sind als \"" + Texts.SUPPRESSED + "\" ausgewiesen (nie als 0). Der Bericht enthält keine "
                + "personenbezogenen Daten.", TEXT));
        doc.add(space(8));
        doc.add(new Paragraph("Erstellt am " + Texts.date(d.generatedOn()), SMALL));
        doc.newPage();
    }

    private static void summary(Document doc, ReportData d) throws DocumentException {
        doc.add(new Paragraph("1  Zusammenfassung", H1));
        doc.add(space(6));
        PdfPTable t = table(new float[] {5, 2.4f, 2.4f}, "Kennzahl (Kreis)", String.valueOf(d.period()),
                String.valueOf(d.period() - 1));
        for (Summary.Line l : Summary.indicators(d)) {
            row(t, l.what(), l.now(), l.before());
        }
        doc.add(t);
        doc.add(space(10));
        PdfPTable o = table(new float[] {5, 2.4f, 2.4f}, "Organisation und Steuerung", "", "");
        for (Summary.Line l : Summary.organisation(d)) {
            row(o, l.what(), l.now(), l.before());
        }
        doc.add(o);
        doc.newPage();
        doc.add(new Paragraph("2  Indikatoren nach Kommune und im Zeitverlauf", H1));
    }

    private static void indicator(Document doc, PdfWriter writer, SteeringFigures f) throws DocumentException {
        doc.add(space(6));
        doc.add(new Paragraph(f.label(), H2));
        doc.add(chart(writer, Charts.byMunicipality(f), 495, 230));
        doc.add(chart(writer, Charts.trend(f), 495, 170));
        boolean share = Charts.isShare(f);
        PdfPTable t = table(new float[] {3, 2, 2}, "Kommune", share ? "Zähler / Nenner" : "Anzahl",
                share ? "Anteil" : "je 1.000 Einwohner");
        for (SteeringFigures.Cell c : f.municipalities()) {
            row(t, c.label(), c.suppressed() ? Texts.SUPPRESSED : share ? Texts.count(c.numerator()) + " / "
                    + Texts.count(c.denominator()) : Texts.count(c.numerator()),
                    c.suppressed() ? Texts.SUPPRESSED : share ? Texts.percent(c.ratio()) : Texts.decimal(c.per1000(), 2));
        }
        doc.add(t);
        doc.newPage();
    }

    private static Image chart(PdfWriter writer, JFreeChart chart, float width, float height) throws DocumentException {
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, new DefaultFontMapper());
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    private static void needs(Document doc, ReportData d) throws DocumentException {
        doc.add(new Paragraph("3  Bedarfserhebung", H1));
        doc.add(new Paragraph("Handlungsfeld 1: Zielgruppen, Zuständigkeiten und örtliche Bedingungen je Kommune, "
                + "mit dem Vorjahr zum Vergleich.", TEXT));
        for (NeedsAssessment n : d.needs()) {
            doc.add(space(8));
            doc.add(new Paragraph(n.name() + " (AGS " + n.municipality() + ")", H2));
            PdfPTable t = table(new float[] {5, 2, 2}, "Merkmal", String.valueOf(n.period()),
                    String.valueOf(n.period() - 1));
            String group = null;
            for (NeedsAssessment.NeedsFigure fig : n.derived()) {
                if (!fig.group().equals(group)) {
                    group = fig.group();
                    PdfPCell g = new PdfPCell(new Phrase(GROUPS.getOrDefault(group, group), new Font(Font.HELVETICA, 9,
                            Font.BOLD)));
                    g.setColspan(3);
                    g.setBackgroundColor(new Color(0xe8, 0xee, 0xf4));
                    t.addCell(g);
                }
                row(t, fig.label(), fig.suppressed() ? Texts.SUPPRESSED : Texts.count(fig.value()),
                        fig.previousSuppressed() ? Texts.SUPPRESSED : Texts.count(fig.previous()));
            }
            entered(t, n.entered(), n.previousEntered());
            doc.add(t);
            if (n.entered().localConditions() != null && !n.entered().localConditions().isBlank()) {
                doc.add(new Paragraph("Örtliche Bedingungen: " + n.entered().localConditions(), TEXT));
            }
            doc.add(new Paragraph("Zuständigkeiten: " + String.join("; ", n.responsibilities().stream()
                    .map(r -> r.legalDomainName() + ": " + r.officeName()).toList()), SMALL));
        }
        doc.newPage();
    }

    private static void entered(PdfPTable t, EnteredNeeds now, EnteredNeeds before) {
        PdfPCell g = new PdfPCell(new Phrase("Von der Koordination erfasst", new Font(Font.HELVETICA, 9, Font.BOLD)));
        g.setColspan(3);
        g.setBackgroundColor(new Color(0xe8, 0xee, 0xf4));
        t.addCell(g);
        row(t, "Angekündigte Zuweisungen (Bezirksregierung)", number(now.allocationsAnnounced()),
                number(before.allocationsAnnounced()));
        row(t, "Erwartete Familiennachzüge", number(now.familyReunifications()), number(before.familyReunifications()));
        row(t, "Plätze in Integrationskursen vor Ort", number(now.languageCoursePlaces()),
                number(before.languageCoursePlaces()));
        row(t, "Fehlende Betreuungsplätze für neu zugewanderte Kinder", number(now.childcarePlacesMissing()),
                number(before.childcarePlacesMissing()));
    }

    private static String number(Integer value) {
        return value == null ? "nicht erfasst" : Texts.count(value.longValue());
    }

    private static void posts(Document doc, ReportData d) throws DocumentException {
        doc.add(new Paragraph("4  Stellen, Einsatzorte und Fallbelastung", H1));
        doc.add(new Paragraph("Handlungsfeld 2: KIM-Stellen wohnortnah (Bausteine 1 bis 3).", TEXT));
        doc.add(space(6));
        PdfPTable t = table(new float[] {2.2f, 3, 1, 1.6f, 3.2f}, "Kommune", "Aufgabe", "VZÄ", "Finanzierung",
                "Einsatzort");
        for (Post p : d.posts()) {
            row(t, name(d, p.municipality()), p.role().displayName() + (p.holder() == null ? " (unbesetzt)" : ""),
                    Texts.decimal(p.fte(), 1), Texts.funding(p.funding()),
                    p.placement() == null ? "" : p.placement());
        }
        doc.add(t);
        doc.add(space(10));
        PdfPTable c = table(new float[] {3, 2, 2, 2}, "Kommune", "Offene Fälle", "VZÄ Case Management",
                "Fälle je Vollzeitstelle");
        for (Caseload l : d.caseloads()) {
            row(c, l.name(), Texts.count(l.openCases()), Texts.decimal(l.caseManagerFte(), 1),
                    l.suppressed() ? Texts.SUPPRESSED : Texts.decimal(l.casesPerFte(), 1));
        }
        doc.add(c);
        doc.newPage();
    }

    static String name(ReportData d, String ags) {
        return d.municipalities().stream().filter(m -> m.ags().equals(ags)).map(Municipality::name).findFirst()
                .orElse(ags.length() == 5 ? d.district() + " (kreisweit)" : ags);
    }

    private static void findings(Document doc, ReportData d) throws DocumentException {
        doc.add(new Paragraph("5  Strukturelle Befunde und Beschlüsse der Steuerungsgruppe", H1));
        doc.add(new Paragraph("Handlungsfelder 3 und 4: wo Lücken oder Parallelstrukturen wachsen, und was die "
                + "Steuerungsgruppe beschlossen hat.", TEXT));
        doc.add(space(6));
        PdfPTable t = table(new float[] {2.5f, 3, 1, 1.2f, 1}, "Themenfeld", "Kommune", "offen", "eingebracht",
                "gelöst");
        for (FindingCount f : d.findings()) {
            row(t, f.topicName(), f.name(), String.valueOf(f.open()), String.valueOf(f.raised()),
                    String.valueOf(f.resolved()));
        }
        doc.add(t);
        for (SteeringMeeting m : Summary.meetingsOf(d)) {
            doc.add(space(8));
            doc.add(new Paragraph(m.title() + " am " + Texts.date(m.date()), H2));
            for (SteeringMeeting.AgendaItem item : m.agenda()) {
                doc.add(new Paragraph("Tagesordnung: " + item.title() + " (" + item.topic() + ", jetzt " + item.status()
                        + ")", TEXT));
            }
            for (SteeringMeeting.Decision dec : m.decisions()) {
                doc.add(new Paragraph("Beschluss zu Befund " + dec.findingId() + ": " + dec.text()
                        + (dec.responsible() == null ? "" : " – verantwortlich: " + dec.responsible())
                        + (dec.dueDate() == null ? "" : ", bis " + Texts.date(dec.dueDate()))
                        + (dec.resolvesFinding() ? " (Befund damit gelöst)" : ""), TEXT));
            }
        }
    }

    static PdfPTable table(float[] widths, String... heads) throws DocumentException {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : heads) {
            PdfPCell c = new PdfPCell(new Phrase(h, BOLD));
            c.setBackgroundColor(HEAD);
            c.setPadding(4);
            t.addCell(c);
        }
        return t;
    }

    static void row(PdfPTable t, String... cells) {
        for (String text : cells) {
            PdfPCell c = new PdfPCell(new Phrase(text, CELL));
            c.setPadding(3);
            c.setBorderColor(new Color(0xbb, 0xbb, 0xbb));
            t.addCell(c);
        }
    }

    static Paragraph space(float points) {
        Paragraph p = new Paragraph(new Chunk(" ", TEXT));
        p.setSpacingBefore(points);
        return p;
    }

    /** Page numbers and the report's name at the foot of every page but the first. */
    static final class Footer extends PdfPageEventHelper {
        private final String title;

        Footer(String title) {
            this.title = title;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() > 1) {
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(title, SMALL),
                        document.left(), 30, 0);
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                        new Phrase("Seite " + writer.getPageNumber(), SMALL), document.right(), 30, 0);
            }
        }
    }
}
