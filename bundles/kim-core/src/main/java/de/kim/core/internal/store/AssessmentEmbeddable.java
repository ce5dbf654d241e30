package de.kim.core.internal.store;

import de.kim.api.model.Assessment;
import de.kim.api.model.TopicArea;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

@Embeddable
public class AssessmentEmbeddable {
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private TopicArea area;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Assessment.Need need;

    @Column(length = 4000)
    private String note;

    private LocalDate assessedOn;

    protected AssessmentEmbeddable() {
    }

    public AssessmentEmbeddable(Assessment a) {
        this.area = a.area();
        this.need = a.need();
        this.note = a.note();
        this.assessedOn = a.assessedOn();
    }

    public TopicArea area() {
        return area;
    }

    public Assessment toModel() {
        return new Assessment(area, need, note, assessedOn);
    }

    /** A value (see {@link HouseholdLinkEmbeddable#equals}): reading a case must not rewrite its assessments. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AssessmentEmbeddable a && area == a.area && need == a.need
                && java.util.Objects.equals(note, a.note) && java.util.Objects.equals(assessedOn, a.assessedOn);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(area, need, note, assessedOn);
    }
}
