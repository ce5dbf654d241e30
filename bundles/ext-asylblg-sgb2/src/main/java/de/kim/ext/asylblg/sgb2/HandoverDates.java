package de.kim.ext.asylblg.sgb2;

import de.kim.api.Violation;
import de.kim.api.model.Case;
import de.kim.api.spi.FormValidator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Checks the dates of the hand-over form against each other, which JSON Schema cannot: SGB II
 * benefits begin after AsylbLG benefits end, the application follows the recognition, and the stated
 * gap is the number of days between them.
 */
@Component
public final class HandoverDates implements FormValidator {

    @Override
    public String formId() {
        return "asylblg-sgb2.handover";
    }

    @Override
    public List<Violation> validate(Map<String, Object> data, Case kimCase) {
        List<Violation> violations = new ArrayList<>();
        LocalDate recognition = date(data, "recognitionDate");
        LocalDate application = date(data, "applicationDate");
        LocalDate asylblgEnd = date(data, "asylblgEndDate");
        LocalDate sgb2Start = date(data, "sgb2StartDate");
        if (recognition != null && application != null && application.isBefore(recognition)) {
            violations.add(new Violation("applicationDate", "lies before the recognition ("
                    + recognition + "); the Jobcenter application follows the recognition"));
        }
        if (asylblgEnd != null && sgb2Start != null) {
            if (!sgb2Start.isAfter(asylblgEnd)) {
                violations.add(new Violation("sgb2StartDate", "must be after the last day of AsylbLG benefits ("
                        + asylblgEnd + "): the two benefits cannot overlap"));
            } else if (data.get("benefitGapDays") instanceof Number stated) {
                long gap = ChronoUnit.DAYS.between(asylblgEnd, sgb2Start) - 1;
                if (stated.longValue() != gap) {
                    violations.add(new Violation("benefitGapDays", "is " + stated + " but the dates give " + gap
                            + " day(s) without benefits"));
                }
            }
        }
        return violations;
    }

    private static LocalDate date(Map<String, Object> data, String field) {
        try {
            return data.get(field) instanceof String s ? LocalDate.parse(s) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
