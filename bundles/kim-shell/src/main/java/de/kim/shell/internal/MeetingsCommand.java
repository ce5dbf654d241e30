package de.kim.shell.internal;

import de.kim.api.access.Callers;
import de.kim.api.steering.SteeringMeeting;
import de.kim.api.steering.SteeringService;
import de.kim.shell.ConsoleCaller;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "kim", name = "meetings", description = "Meetings of the steering group (Steuerungsgruppe) with their"
        + " agenda of structural findings and the decisions recorded")
public final class MeetingsCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    SteeringService steering;

    @Override
    public Object execute() {
        for (SteeringMeeting m : steering.meetings(ConsoleCaller.of(callers))) {
            System.out.println(m.date() + "  " + m.title() + "  (meeting " + m.id() + ")");
            m.agenda().forEach(a -> System.out.println("    TOP finding " + a.findingId() + " [" + a.status() + "] "
                    + a.topic() + ": " + a.title()));
            m.decisions().forEach(d -> System.out.println("    Beschluss zu " + d.findingId() + ": " + d.text()
                    + (d.responsible() == null ? "" : " – " + d.responsible())
                    + (d.dueDate() == null ? "" : " bis " + d.dueDate()) + (d.resolvesFinding() ? " (gelöst)" : "")));
        }
        return null;
    }
}
