package de.kim.core.internal.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kim.api.model.Case;
import de.kim.api.model.CasePhase;
import de.kim.api.model.Client;
import de.kim.core.internal.logic.JsonRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcedureCompilerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HANDOVER = """
            {"entry": {"on": "residence.recorded", "if": {"in": [{"var": "event.title"}, ["P25_1", "P25_2"]]}},
             "exit": {"on": "case.closed"},
             "stages": [
               {"id": "prepare", "label": {"de": "Vorbereiten"}, "tasks": [
                  {"id": "consent", "label": {"de": "Einwilligung"}, "due": {"days": 7}},
                  {"id": "application", "label": {"de": "Antrag"}, "due": {"days": 14}}]},
               {"id": "handover", "label": {"de": "Übergabe"}, "after": "prepare", "tasks": [
                  {"id": "meeting", "label": {"de": "Übergabegespräch"}, "due": {"days": 14}},
                  {"id": "deadline", "label": {"de": "Vor dem 27. Geburtstag"}, "due": {"age": 27, "days": -1}}]}],
             "milestones": [{"id": "handed-over", "label": {"de": "Übergeben"}, "tasks": ["meeting"]}]}
            """;

    private static ProcedureModel compile(String json) throws Exception {
        return new ProcedureCompiler().compile(JSON.readValue(json, new TypeReference<Map<String, Object>>() { }));
    }

    @Test
    void stagesTasksAndMilestonesAreRead() throws Exception {
        ProcedureModel m = compile(HANDOVER);
        assertEquals("residence.recorded", m.entry().on());
        assertEquals(List.of("prepare", "handover"), m.stages().stream().map(ProcedureModel.Stage::id).toList());
        assertEquals("prepare", m.stage("handover").after());
        assertEquals(List.of("meeting"), m.milestones().get(0).tasks());
    }

    @Test
    void dueDatesAreRelativeToTheStageStartOrToABirthday() throws Exception {
        ProcedureModel m = compile(HANDOVER);
        LocalDate recognised = LocalDate.of(2025, 3, 1);
        assertEquals(LocalDate.of(2025, 3, 15), m.stage("prepare").tasks().get(1).due().from(recognised, null));
        assertEquals(LocalDate.of(2027, 6, 9),
                m.stage("handover").tasks().get(1).due().from(recognised, LocalDate.of(2000, 6, 10)));
    }

    @Test
    void theEntryCriterionSeesEventCaseAndClient() throws Exception {
        ProcedureModel m = compile(HANDOVER);
        Case kimCase = new Case(7L, "C1", "05958004", null, null, CasePhase.INTAKE, null, null, null, null,
                List.of(), List.of(), List.of(), 0L);
        Client client = new Client("C1", "A", "B", LocalDate.of(2000, 6, 10), "SYR", List.of(), null, null,
                "05958004", null, true, List.of(), 0L);
        Map<String, Object> recognised = ProcedureEngine.context(new CaseEvent("residence.recorded", 7,
                LocalDate.of(2025, 3, 1), Map.of("title", "P25_2")), kimCase, client);
        assertTrue(JsonRule.test(m.entry().rule(), recognised));
        assertEquals(24, ((Map<?, ?>) recognised.get("client")).get("age"));
        Map<String, Object> tolerated = ProcedureEngine.context(new CaseEvent("residence.recorded", 7,
                LocalDate.of(2025, 3, 1), Map.of("title", "DULDUNG")), kimCase, client);
        assertFalse(JsonRule.test(m.entry().rule(), tolerated));
    }

    @Test
    void brokenReferencesAreRefusedWithTheirName() {
        String unknownTask = HANDOVER.replace("\"tasks\": [\"meeting\"]", "\"tasks\": [\"meting\"]");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> compile(unknownTask)).getMessage()
                .contains("unknown task 'meting'"));
        String unknownStage = HANDOVER.replace("\"after\": \"prepare\"", "\"after\": \"prep\"");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> compile(unknownStage)).getMessage()
                .contains("unknown stage 'prep'"));
        String unknownEvent = HANDOVER.replace("\"on\": \"case.closed\"", "\"on\": \"case.deleted\"");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> compile(unknownEvent)).getMessage()
                .contains("unknown event 'case.deleted'"));
        String badRule = HANDOVER.replace("\"in\":", "\"within\":");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> compile(badRule)).getMessage()
                .contains("unknown rule operator 'within'"));
    }
}
