package de.kim.core.internal.procedures;

import de.kim.api.model.CaseTask;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A task of a procedure on a case; its labels are copied, so it reads the same after the procedure is gone. */
@Entity
@SequenceGenerator(name = "KIM_CASE_TASK_ID_SEQ", sequenceName = "KIM_CASE_TASK_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_CASE_TASK", indexes = {@Index(columnList = "CASE_ID"), @Index(columnList = "STATUS, DUE")})
public class CaseTaskEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_CASE_TASK_ID_SEQ")
    private Long id;

    @Column(name = "CASE_ID", nullable = false)
    private long caseId;

    @Column(name = "INSTANCE_ID", nullable = false)
    private long instanceId;

    @Column(length = 100, nullable = false)
    private String procedureId;

    @Column(length = 100, nullable = false)
    private String stage;

    @Column(name = "TASK_KEY", length = 100, nullable = false)
    private String task;

    @Column(length = 500)
    private String labelDe;

    @Column(length = 500)
    private String labelEn;

    @Column(name = "DUE")
    private LocalDate due;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 12, nullable = false)
    private CaseTask.Status status = CaseTask.Status.OPEN;

    @Column(length = 100)
    private String action;

    private LocalDate completedOn;

    @Column(length = 100)
    private String completedBy;

    @Column(length = 2000)
    private String note;

    protected CaseTaskEntity() {
    }

    CaseTaskEntity(long caseId, long instanceId, String procedureId, String stage, ProcedureModel.Task task,
            LocalDate due) {
        this.caseId = caseId;
        this.instanceId = instanceId;
        this.procedureId = procedureId;
        this.stage = stage;
        this.task = task.id();
        this.labelDe = task.label().get("de");
        this.labelEn = task.label().get("en");
        this.due = due;
        this.action = task.action();
    }

    /** A follow-up reminder (Wiedervorlage) a user set on a case by hand: no procedure, no action. */
    static CaseTaskEntity followUp(long caseId, String text, LocalDate due, String note) {
        CaseTaskEntity task = new CaseTaskEntity();
        task.caseId = caseId;
        task.instanceId = 0;
        task.procedureId = FOLLOW_UP;
        task.stage = FOLLOW_UP;
        task.task = "followup";
        task.labelDe = text;
        task.labelEn = text;
        task.due = due;
        task.note = note;
        return task;
    }

    /** The procedure id of tasks set by hand. */
    static final String FOLLOW_UP = "wiedervorlage";

    long instanceId() {
        return instanceId;
    }

    String stage() {
        return stage;
    }

    String task() {
        return task;
    }

    String action() {
        return action;
    }

    CaseTask.Status status() {
        return status;
    }

    void complete(LocalDate on, String by, String note) {
        this.status = CaseTask.Status.DONE;
        this.completedOn = on;
        this.completedBy = by;
        this.note = note;
    }

    void cancel(LocalDate on) {
        if (status == CaseTask.Status.OPEN) {
            this.status = CaseTask.Status.CANCELLED;
            this.completedOn = on;
        }
    }

    CaseTask toModel() {
        Map<String, String> label = new LinkedHashMap<>();
        label.put("de", labelDe);
        if (labelEn != null) {
            label.put("en", labelEn);
        }
        return new CaseTask(id, caseId, instanceId, procedureId, stage, task, label, due, status, completedOn,
                completedBy, note);
    }
}
