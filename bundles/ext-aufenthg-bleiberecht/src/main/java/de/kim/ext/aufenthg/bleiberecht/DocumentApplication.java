package de.kim.ext.aufenthg.bleiberecht;

import de.kim.api.CaseService;
import de.kim.api.access.Caller;
import de.kim.api.model.Activity;
import de.kim.api.model.Case;
import de.kim.api.model.CaseTask;
import de.kim.api.spi.ProcedureAction;
import java.time.LocalDate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * When the §25a application task is completed, documents the application as an activity of the
 * case, so the case file shows it without a second entry by hand.
 */
@Component
public final class DocumentApplication implements ProcedureAction {
    private final CaseService cases;

    @Activate
    public DocumentApplication(@Reference CaseService cases) {
        this.cases = cases;
    }

    @Override
    public String name() {
        return "bleiberecht.document-application";
    }

    @Override
    public void execute(Caller caller, CaseTask task, Case kimCase) {
        String note = "Antrag auf Aufenthaltserlaubnis nach §25a AufenthG bei der Ausländerbehörde gestellt"
                + (task.note() == null ? "" : ": " + task.note());
        cases.addActivity(caller, kimCase.id(), new Activity(null, LocalDate.now(), Activity.Kind.NOTE, note, null));
    }
}
