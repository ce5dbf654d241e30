package de.kim.core.internal.steering;

import de.kim.api.ConflictException;
import de.kim.api.NotFoundException;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.StructuralFinding;
import de.kim.api.steering.SteeringMeeting;
import de.kim.core.internal.store.StructuralFindingEntity;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;

/** Meetings of the steering group inside a transaction: checks, decisions, and the model with its agenda. */
final class Meetings {
    private Meetings() {
    }

    static MeetingEntity find(EntityManager em, long id) {
        MeetingEntity m = em.find(MeetingEntity.class, id);
        if (m == null) {
            throw new NotFoundException("no meeting " + id);
        }
        return m;
    }

    static void check(SteeringMeeting m) {
        if (m == null) {
            throw new ValidationException(List.of(new Violation("body", "a meeting is required")));
        }
        List<Violation> v = new ArrayList<>();
        if (m.date() == null) {
            v.add(new Violation("date", "is required"));
        }
        if (m.title() == null || m.title().isBlank()) {
            v.add(new Violation("title", "is required"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    static void check(SteeringMeeting.Decision d) {
        if (d == null) {
            throw new ValidationException(List.of(new Violation("body", "a decision is required")));
        }
        List<Violation> v = new ArrayList<>();
        if (d.findingId() == null) {
            v.add(new Violation("findingId", "is required: the finding of the agenda decided on"));
        }
        if (d.text() == null || d.text().isBlank()) {
            v.add(new Violation("text", "is required"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    static SteeringMeeting decide(EntityManager em, MeetingEntity meeting, SteeringMeeting.Decision decision) {
        if (!meeting.agenda().contains(decision.findingId())) {
            throw new ValidationException(List.of(new Violation("findingId", "finding " + decision.findingId()
                    + " is not on the agenda of this meeting (agenda: " + meeting.agenda() + ")")));
        }
        StructuralFindingEntity finding = em.find(StructuralFindingEntity.class, decision.findingId());
        if (decision.resolvesFinding() && finding != null) {
            StructuralFinding.Status status = finding.status();
            if (status == StructuralFinding.Status.RESOLVED) {
                throw new ConflictException("finding " + decision.findingId() + " is already resolved");
            }
            finding.moveTo(StructuralFinding.Status.RESOLVED);
        }
        meeting.decisions().add(new DecisionEntity(meeting, decision));
        em.flush();
        return model(em, meeting);
    }

    static SteeringMeeting model(EntityManager em, MeetingEntity m) {
        List<SteeringMeeting.AgendaItem> agenda = new ArrayList<>();
        for (Long id : m.agenda()) {
            StructuralFindingEntity f = em.find(StructuralFindingEntity.class, id);
            if (f != null) {
                StructuralFinding finding = f.toModel();
                agenda.add(new SteeringMeeting.AgendaItem(id, finding.topic().name(), finding.title(),
                        finding.status().name()));
            }
        }
        return new SteeringMeeting(m.id(), m.date(), m.title(), agenda,
                m.decisions().stream().map(DecisionEntity::toModel).toList(), m.version());
    }
}
