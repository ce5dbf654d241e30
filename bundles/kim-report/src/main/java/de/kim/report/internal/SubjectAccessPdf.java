package de.kim.report.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import de.kim.api.SubjectAccessReport;
import de.kim.api.model.Case;
import de.kim.api.model.Client;
import de.kim.api.model.ClientRecord;
import de.kim.api.model.Consent;
import de.kim.api.model.LegalDomainPeriod;
import de.kim.api.model.Referral;
import de.kim.api.model.ResidenceStatus;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Component;

/**
 * The subject-access export as a German PDF to hand to the person (DSGVO Art. 15): master data, residence and
 * legal domains, consents, each case with its notes and referrals, the municipalities holding further cases, and
 * who accessed the data (Art. 15(1)(c)). OpenPDF, as the evaluation report.
 */
@Component(service = SubjectAccessReport.class)
public final class SubjectAccessPdf implements SubjectAccessReport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Berlin"));

    @Override
    public byte[] pdf(ClientRecord r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 55, 55);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PdfReport.Footer("Auskunft nach Art. 15 DSGVO – " + r.client().id()));
            doc.addTitle("Auskunft nach Art. 15 DSGVO");
            doc.addCreator("KIM Platform");
            doc.open();
            doc.add(new Paragraph("Auskunft nach Art. 15 DSGVO", PdfReport.TITLE));
            doc.add(new Paragraph("Kommunales Integrationsmanagement – gespeicherte Daten zu Ihrer Person, Stand "
                    + MOMENT.format(r.exportedAt()), PdfReport.TEXT));
            person(doc, r.client());
            timeline(doc, r);
            consents(doc, r.consents());
            documents(doc, r.documents());
            for (ClientRecord.CaseRecord c : r.cases()) {
                kimCase(doc, c);
            }
            elsewhere(doc, r.casesElsewhere());
            accesses(doc, r.accessLog());
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the export could not be written as PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void heading(Document doc, String text) throws DocumentException {
        doc.add(PdfReport.space(10));
        doc.add(new Paragraph(text, PdfReport.H1));
        doc.add(PdfReport.space(4));
    }

    private static void person(Document doc, Client c) throws DocumentException {
        heading(doc, "Stammdaten");
        PdfPTable t = PdfReport.table(new float[] {1, 2}, "Angabe", "Wert");
        PdfReport.row(t, "Kennung (Pseudonym)", c.id());
        PdfReport.row(t, "Name", text(c.familyName()) + ", " + text(c.givenNames()));
        PdfReport.row(t, "Geburtsdatum", day(c.dateOfBirth()));
        PdfReport.row(t, "Staatsangehörigkeit", text(c.nationality()));
        PdfReport.row(t, "Sprachen", String.join(", ", c.languages()));
        PdfReport.row(t, "Telefon / E-Mail", text(c.phone()) + " / " + text(c.email()));
        PdfReport.row(t, "Wohnort (AGS)", text(c.municipality()));
        PdfReport.row(t, "Einreise", day(c.arrivalDate()));
        doc.add(t);
    }

    private static void timeline(Document doc, ClientRecord r) throws DocumentException {
        if (r.timeline() == null) {
            return;
        }
        heading(doc, "Aufenthaltsstatus und Rechtskreise");
        PdfPTable t = PdfReport.table(new float[] {2, 1, 1}, "Eintrag", "von", "bis");
        for (ResidenceStatus s : r.timeline().residenceStatuses()) {
            PdfReport.row(t, "Aufenthaltsstatus " + s.title(), day(s.validFrom()), day(s.validTo()));
        }
        for (LegalDomainPeriod p : r.timeline().periods()) {
            PdfReport.row(t, "Rechtskreis " + p.domain().code(), day(p.from()), day(p.to()));
        }
        for (var o : r.timeline().occupations()) {
            PdfReport.row(t, o.kind().displayName() + (o.description() == null ? "" : ": " + o.description()),
                    day(o.from()), day(o.to()));
        }
        doc.add(t);
    }

    private static void consents(Document doc, List<Consent> consents) throws DocumentException {
        heading(doc, "Einwilligungen in die Übermittlung");
        PdfPTable t = PdfReport.table(new float[] {2, 2, 1, 1}, "Zweck", "Empfänger", "erteilt", "widerrufen");
        for (Consent c : consents) {
            PdfReport.row(t, c.purpose().displayName(), c.recipientOfficeId() != null ? "Stelle Nr. "
                    + c.recipientOfficeId() : "jede Stelle der Art " + c.recipientKind(), day(c.givenOn()),
                    day(c.withdrawnOn()));
        }
        doc.add(t);
    }

    /** The documents kept with the person: what they are, not their content (which the person has). */
    private static void documents(Document doc, List<de.kim.api.model.Document> documents) throws DocumentException {
        heading(doc, "Gespeicherte Dokumente");
        if (documents.isEmpty()) {
            doc.add(new Paragraph("Keine.", PdfReport.TEXT));
            return;
        }
        PdfPTable t = PdfReport.table(new float[] {1.3f, 2.5f, 1, 1.4f, 1.4f}, "Art", "Datei", "Größe", "gespeichert",
                "von");
        for (de.kim.api.model.Document d : documents) {
            String kind = switch (d.kind()) {
                case CONSENT -> "Einwilligung";
                case DECISION -> "Bescheid";
                case CERTIFICATE -> "Nachweis";
                case IDENTITY_PAPER -> "Ausweispapier";
                case OTHER -> "Sonstiges";
            };
            PdfReport.row(t, kind, d.fileName() + " (" + d.mediaType() + ")", String.format(java.util.Locale.GERMANY,
                    "%,.0f KB", Math.ceil(d.size() / 1024.0)), MOMENT.format(d.uploadedAt()), text(d.uploadedBy()));
        }
        doc.add(t);
    }

    private static void kimCase(Document doc, ClientRecord.CaseRecord record) throws DocumentException {
        Case c = record.kimCase();
        heading(doc, "Fall " + c.id() + " (Kommune " + c.ownerMunicipality() + ")");
        PdfPTable t = PdfReport.table(new float[] {1, 3}, "Angabe", "Inhalt");
        PdfReport.row(t, "Phase", Objects.toString(c.phase(), "–") + ", eröffnet " + day(c.openedOn())
                + (c.closedOn() == null ? "" : ", abgeschlossen " + day(c.closedOn()) + ": " + text(c.closureReason())));
        c.assessments().forEach(a -> PdfReport.row(t, "Einschätzung " + a.area(), a.need() + " – " + text(a.note())));
        c.goals().forEach(g -> PdfReport.row(t, "Ziel " + g.area(), text(g.description()) + " (" + g.status() + ")"));
        c.activities().forEach(a -> PdfReport.row(t, "Kontakt " + day(a.date()), a.kind() + ": " + text(a.note())));
        for (Referral r : record.referrals()) {
            PdfReport.row(t, "Übermittlung " + r.id(), "an Stelle Nr. " + r.toOfficeId() + ", Zweck "
                    + r.purpose().displayName() + ", " + r.status() + (r.note() == null ? "" : " – " + r.note())
                    + (r.outcome() == null ? "" : "; Ergebnis: " + r.outcome()));
        }
        record.submissions().forEach(s -> PdfReport.row(t, "Formular " + s.formId(), "eingereicht "
                + MOMENT.format(s.submittedAt())));
        doc.add(t);
    }

    private static void elsewhere(Document doc, List<ClientRecord.CasesElsewhere> elsewhere) throws DocumentException {
        if (elsewhere.isEmpty()) {
            return;
        }
        heading(doc, "Weitere Fälle in anderen Kommunen");
        doc.add(new Paragraph("Diese Kommunen führen weitere Fälle zu Ihrer Person; Auskunft über deren Inhalt gibt"
                + " die jeweilige Kommune oder die oder der Datenschutzbeauftragte.", PdfReport.TEXT));
        PdfPTable t = PdfReport.table(new float[] {1, 2, 1}, "AGS", "Kommune", "Fälle");
        elsewhere.forEach(e -> PdfReport.row(t, e.municipality(), text(e.name()), String.valueOf(e.cases())));
        doc.add(t);
    }

    private static void accesses(Document doc, List<ClientRecord.Access> log) throws DocumentException {
        heading(doc, "Zugriffe auf Ihre Daten (Art. 15 Abs. 1 lit. c DSGVO)");
        PdfPTable t = PdfReport.table(new float[] {2, 2, 2, 2, 1}, "Zeitpunkt", "Wer", "Rolle / Stelle", "Was",
                "Ergebnis");
        for (ClientRecord.Access a : log) {
            PdfReport.row(t, MOMENT.format(a.at()), a.user(), text(a.role()) + (a.officeId() == null ? ""
                    : " / Stelle " + a.officeId()), a.action() + (a.purpose() == null ? "" : " (" + a.purpose() + ")"),
                    "ALLOWED".equals(a.outcome()) ? "erlaubt" : "abgelehnt");
        }
        doc.add(t);
    }

    private static String day(LocalDate day) {
        return day == null ? "–" : DAY.format(day);
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }
}
