package de.kim.report.internal;

import de.kim.api.steering.Caseload;
import de.kim.api.steering.FindingCount;
import de.kim.api.steering.Post;
import de.kim.api.steering.PostRole;
import de.kim.api.steering.SteeringFigures;
import de.kim.api.steering.SteeringMeeting;
import java.util.ArrayList;
import java.util.List;

/** The key figures of the summary page, the same for PDF and HTML. */
final class Summary {
    private Summary() {
    }

    /** One line of the summary: what, this period, the period before. */
    record Line(String what, String now, String before) {
    }

    static List<Line> indicators(ReportData d) {
        List<Line> lines = new ArrayList<>();
        for (SteeringFigures f : d.figures()) {
            SteeringFigures.Cell now = f.trend().get(f.trend().size() - 1);
            SteeringFigures.Cell before = f.trend().size() > 1 ? f.trend().get(f.trend().size() - 2) : null;
            lines.add(new Line(f.label(), cell(now), before == null ? "–" : cell(before)));
        }
        return lines;
    }

    static String cell(SteeringFigures.Cell c) {
        if (c.suppressed()) {
            return Texts.SUPPRESSED;
        }
        return c.denominator() != null ? Texts.percent(c.ratio()) + " (" + Texts.count(c.numerator()) + " von "
                + Texts.count(c.denominator()) + ")" : Texts.count(c.numerator());
    }

    static List<Line> organisation(ReportData d) {
        List<Line> lines = new ArrayList<>();
        for (PostRole role : PostRole.values()) {
            double fte = d.posts().stream().filter(p -> p.role() == role).mapToDouble(Post::fte).sum();
            long vacant = d.posts().stream().filter(p -> p.role() == role && p.holder() == null).count();
            lines.add(new Line("Stellen " + role.displayName(), Texts.decimal(fte, 1) + " VZÄ",
                    vacant == 0 ? "alle besetzt" : vacant + " unbesetzt"));
        }
        Caseload district = d.caseloads().stream().filter(c -> c.municipality().length() == 5).findFirst().orElse(null);
        if (district != null) {
            lines.add(new Line("Offene Fälle je Vollzeitstelle Case Management (Kreis)",
                    Texts.decimal(district.casesPerFte(), 1), Texts.count(district.openCases()) + " offene Fälle"));
        }
        long open = d.findings().stream().mapToLong(FindingCount::open).sum();
        long raised = d.findings().stream().mapToLong(FindingCount::raised).sum();
        long resolved = d.findings().stream().mapToLong(FindingCount::resolved).sum();
        lines.add(new Line("Strukturelle Befunde (je Kommune gezählt)", open + " offen, " + raised + " eingebracht",
                resolved + " gelöst"));
        long decisions = d.meetings().stream().filter(m -> m.date().getYear() == d.period())
                .mapToLong(m -> m.decisions().size()).sum();
        long meetings = d.meetings().stream().filter(m -> m.date().getYear() == d.period()).count();
        lines.add(new Line("Sitzungen der Steuerungsgruppe " + d.period(), String.valueOf(meetings),
                decisions + " Beschlüsse"));
        return lines;
    }

    static List<SteeringMeeting> meetingsOf(ReportData d) {
        return d.meetings().stream().filter(m -> m.date().getYear() <= d.period() + 1).toList();
    }
}
