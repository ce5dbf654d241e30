package de.kim.core.internal.store;

import de.kim.api.model.ClientTask;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

@Entity
@SequenceGenerator(name = "KIM_CLIENT_TASK_ID_SEQ", sequenceName = "KIM_CLIENT_TASK_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_CLIENT_TASK", indexes = {@Index(columnList = "CLIENT_ID"), @Index(columnList = "DONE,WARNFROM")})
public class ClientTaskEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_CLIENT_TASK_ID_SEQ")
    private Long id;

    @Column(name = "CLIENT_ID", length = 12, nullable = false)
    private String clientId;

    @Column(length = 80)
    private String ruleId;

    @Column(length = 500)
    private String title;

    private LocalDate due;

    @Column(name = "WARNFROM")
    private LocalDate warnFrom;

    @Column(name = "DONE")
    private boolean done;

    /** The checklist of preconditions shown with the task, e.g. P25A; null if none. */
    @Column(length = 20)
    private String checklist;

    protected ClientTaskEntity() {
    }

    public ClientTaskEntity(String clientId, String ruleId, String title, LocalDate due, LocalDate warnFrom,
            String checklist) {
        this.checklist = checklist;
        this.clientId = clientId;
        this.ruleId = ruleId;
        this.title = title;
        this.due = due;
        this.warnFrom = warnFrom;
    }

    public String clientId() {
        return clientId;
    }

    public String ruleId() {
        return ruleId;
    }

    public String checklist() {
        return checklist;
    }

    /** Closes the task without it having been done, because it no longer applies. */
    public void close() {
        this.done = true;
    }

    public void moveDue(LocalDate newDue, LocalDate newWarnFrom) {
        this.due = newDue;
        this.warnFrom = newWarnFrom;
    }

    public ClientTask toModel() {
        return new ClientTask(id, clientId, ruleId, title, due, warnFrom, done, null);
    }
}
