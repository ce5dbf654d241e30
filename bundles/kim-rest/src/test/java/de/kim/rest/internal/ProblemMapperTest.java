package de.kim.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.kim.api.ConflictException;
import de.kim.api.NotFoundException;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.Office;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void domainExceptionsGetTheirStatus() {
        assertEquals(404, ProblemMapper.toProblem(new NotFoundException("no office with id 9")).status());
        assertEquals(409, ProblemMapper.toProblem(new ConflictException("still used")).status());
        Problem invalid = ProblemMapper.toProblem(new ValidationException(List.of(new Violation("name", "blank"))));
        assertEquals(422, invalid.status());
        assertEquals(List.of(new Violation("name", "blank")), invalid.violations());
    }

    @Test
    void malformedJsonAndUnknownCodesAre400WithTheField() {
        JsonProcessingException unknownKind = assertThrows(JsonProcessingException.class, () -> JsonProvider
                .objectMapper().readValue("{\"name\":\"x\",\"kind\":\"NOPE\"}", Office.class));
        Problem problem = ProblemMapper.toProblem(unknownKind);
        assertEquals(400, problem.status());
        assertEquals("kind", problem.violations().get(0).field());
        assertTrue(problem.detail().contains("'NOPE'") && problem.detail().contains("JOBCENTER"), problem.detail());

        JsonProcessingException broken = assertThrows(JsonProcessingException.class,
                () -> JsonProvider.objectMapper().readValue("{\"name\":", Office.class));
        assertEquals(400, ProblemMapper.toProblem(broken).status());

        assertEquals(400, ProblemMapper.toProblem(new BadRequest("legalDomain", "unknown")).status());
    }

    @Test
    void unexpectedFailuresRevealNothing() {
        Problem internal = ProblemMapper.toProblem(new IllegalStateException("secret table KIM_X broke"));
        assertEquals(500, internal.status());
        assertFalse(internal.detail().contains("KIM_X"));
        assertTrue(internal.detail().contains("server log"));
    }
}
