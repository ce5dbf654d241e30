package de.kim.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kim.api.model.ChecklistItem;
import de.kim.api.model.ChecklistItem.State;
import de.kim.api.model.Occupation;
import de.kim.api.model.ResidenceStatus;
import de.kim.api.model.ResidenceTitle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The checklists of §25a AufenthG and of an EU citizen's job loss on hand-made timelines. */
class PreconditionsTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private static ResidenceStatus status(ResidenceTitle title, String from, String to) {
        return new ResidenceStatus(null, title, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), null);
    }

    private static Occupation occupation(Occupation.Kind kind, String from, String to, Boolean involuntary) {
        return new Occupation(null, kind, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), null, involuntary);
    }

    private static Map<String, State> states(List<ChecklistItem> items) {
        return items.stream().collect(Collectors.toMap(ChecklistItem::code, ChecklistItem::state));
    }

    @Test
    void toleratedApprenticeWithThreeYearsOfStayAndSchoolMeetsWhatTheDataCanShow() {
        Preconditions.Facts facts = new Preconditions.Facts(LocalDate.parse("2003-06-01"), LocalDate.parse("2022-08-01"),
                List.of(status(ResidenceTitle.GESTATTUNG, "2022-08-05", "2025-09-14"),
                        status(ResidenceTitle.DULDUNG, "2025-09-15", null)),
                List.of(occupation(Occupation.Kind.SCHOOL, "2022-09-01", "2024-07-15", null),
                        occupation(Occupation.Kind.TRAINING, "2024-08-01", null, null)));
        Map<String, State> s = states(Preconditions.check(Preconditions.P25A, facts, TODAY));
        assertEquals(State.MET, s.get("DULDUNG"));
        assertEquals(State.MET, s.get("STAY_3_YEARS"));
        assertEquals(State.MET, s.get("SCHOOL_3_YEARS"));
        assertEquals(State.MET, s.get("BEFORE_27"));
        assertEquals(State.TO_CHECK, s.get("INTEGRATION_PROGNOSIS"));
        assertEquals(State.TO_CHECK, s.get("FDGO"));
    }

    @Test
    void aGapInTheStayRestartsTheThreeYearsAndShortSchoolingIsNotEnough() {
        Preconditions.Facts facts = new Preconditions.Facts(LocalDate.parse("2003-06-01"), null,
                List.of(status(ResidenceTitle.GESTATTUNG, "2019-01-01", "2023-12-31"),
                        status(ResidenceTitle.DULDUNG, "2024-06-01", null)),
                List.of(occupation(Occupation.Kind.SCHOOL, "2025-09-01", null, null)));
        List<ChecklistItem> items = Preconditions.check(Preconditions.P25A, facts, TODAY);
        Map<String, State> s = states(items);
        assertEquals(State.NOT_MET, s.get("STAY_3_YEARS"));
        assertEquals("ununterbrochen seit 2024-06-01, erfüllt ab 2027-06-01",
                items.stream().filter(i -> i.code().equals("STAY_3_YEARS")).findFirst().orElseThrow().detail());
        assertEquals(State.NOT_MET, s.get("SCHOOL_3_YEARS"));
    }

    @Test
    void withoutADuldungOrAfterThe27thBirthdayTheChecklistSaysNo() {
        Preconditions.Facts facts = new Preconditions.Facts(LocalDate.parse("1999-01-10"), null,
                List.of(status(ResidenceTitle.GESTATTUNG, "2020-01-01", null)),
                List.of(occupation(Occupation.Kind.QUALIFICATION, "2023-07-01", null, null)));
        Map<String, State> s = states(Preconditions.check(Preconditions.P25A, facts, TODAY));
        assertEquals(State.NOT_MET, s.get("DULDUNG"));
        assertEquals(State.NOT_MET, s.get("BEFORE_27"));
        assertEquals(State.MET, s.get("SCHOOL_3_YEARS"));
    }

    @Test
    void nothingRecordedIsUnknownNotMet() {
        Map<String, State> s = states(Preconditions.check(Preconditions.P25A,
                new Preconditions.Facts(null, null, List.of(), List.of()), TODAY));
        assertEquals(State.UNKNOWN, s.get("DULDUNG"));
        assertEquals(State.UNKNOWN, s.get("STAY_3_YEARS"));
        assertEquals(State.UNKNOWN, s.get("SCHOOL_3_YEARS"));
        assertEquals(State.UNKNOWN, s.get("BEFORE_27"));
    }

    private static Preconditions.Facts euWorker(String from, String to, Boolean involuntary) {
        return new Preconditions.Facts(LocalDate.parse("1990-01-01"), null,
                List.of(status(ResidenceTitle.EU_FREIZUEGIGKEIT, "2024-01-01", null)),
                List.of(occupation(Occupation.Kind.EMPLOYMENT, from, to, involuntary)));
    }

    @Test
    void euWorkerWhoLostTheJobAfterMoreThanAYearKeepsTheWorkerStatusAndSgb2() {
        Map<String, State> s = states(Preconditions.check(Preconditions.EU_WORKER,
                euWorker("2024-02-01", "2026-09-30", true), TODAY));
        assertEquals(State.MET, s.get("EU_FREIZUEGIGKEIT"));
        assertEquals(State.MET, s.get("WORKER_STATUS"));
        assertEquals(State.MET, s.get("SGB2_ENTITLEMENT"));
        assertEquals(State.TO_CHECK, s.get("HEALTH_INSURANCE"));
    }

    @Test
    void euWorkerWithLessThanAYearKeepsItForSixMonthsOnly() {
        Preconditions.Facts facts = euWorker("2025-11-01", "2026-04-30", true);
        assertEquals(State.MET, states(Preconditions.check(Preconditions.EU_WORKER, facts, LocalDate.parse("2026-10-30")))
                .get("SGB2_ENTITLEMENT"));
        assertEquals(State.NOT_MET, states(Preconditions.check(Preconditions.EU_WORKER, facts, TODAY))
                .get("SGB2_ENTITLEMENT"));
    }

    @Test
    void euWorkerWhoQuitLosesTheWorkerStatus() {
        assertEquals(State.NOT_MET, states(Preconditions.check(Preconditions.EU_WORKER,
                euWorker("2020-02-01", "2026-09-30", false), TODAY)).get("WORKER_STATUS"));
        assertEquals(State.UNKNOWN, states(Preconditions.check(Preconditions.EU_WORKER,
                euWorker("2020-02-01", "2026-09-30", null), TODAY)).get("WORKER_STATUS"));
    }
}
