package de.kim.core.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.kim.api.model.Dimension;
import de.kim.api.model.District;
import de.kim.api.model.IndicatorValues;
import de.kim.core.internal.indicators.SmallCells;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StateExportTest {
    private static final int THRESHOLD = 5;

    private static IndicatorValues values(Dimension by, long... counts) {
        List<SmallCells.Count> cells = new java.util.ArrayList<>();
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            cells.add(new SmallCells.Count("0595800" + i, "Stadt " + i, counts[i], null));
            sum += counts[i];
        }
        List<IndicatorValues.Row> rows = SmallCells.suppress(cells, new SmallCells.Count(null, "Gesamt", sum, null),
                THRESHOLD);
        return new IndicatorValues("kim.cases.new", "1.0", by, 2025, THRESHOLD, rows.subList(0, rows.size() - 1),
                rows.get(rows.size() - 1));
    }

    private static StateFigures figures() {
        return new StateFigures(new District("05958", "Hochsauerlandkreis", "Meschede"), 2025,
                Instant.parse("2026-02-15T06:00:00Z"), THRESHOLD, List.of(new StateFigures.Indicator("kim.cases.new",
                        "1.0", "Neue Fälle", "New cases", List.of(values(Dimension.MUNICIPALITY, 40, 3, 12, 25)))));
    }

    @Test
    void theJsonValidatesAgainstTheShippedSchemaAndHidesSmallAndComplementaryCells() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(JpaStateExport.SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode json = new ObjectMapper().readTree(figures().json());
        Set<ValidationMessage> errors = schema.validate(json);
        assertTrue(errors.isEmpty(), errors.toString());
        JsonNode cells = json.at("/indicators/0/breakdowns/0/cells");
        int hidden = 0;
        for (JsonNode cell : cells) {
            long n = cell.get("numerator").isNull() ? -1 : cell.get("numerator").asLong();
            assertFalse(n >= 1 && n < THRESHOLD, "a cell below the threshold is shown: " + cell);
            if (cell.get("suppressed").asBoolean()) {
                hidden++;
                assertTrue(cell.get("numerator").isNull());
            }
        }
        assertEquals(2, hidden, "the small cell and one complementary cell: " + cells);
        assertEquals(80, json.at("/indicators/0/breakdowns/0/total/numerator").asLong());
        // a file that breaks the format does not validate
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.at("/indicators/0/breakdowns/0/cells/0"))
                .put("numerator", -3);
        assertFalse(schema.validate(json).isEmpty());
    }

    @Test
    void theCsvHasOneLinePerCellWithBomAndSemicolons() {
        String csv = new String(figures().csv(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFindicator;indicatorVersion;period;dimension;key;label;numerator;"), csv);
        List<String> lines = csv.lines().toList();
        assertEquals(1 + 4 + 1, lines.size(), csv);
        assertTrue(lines.contains("kim.cases.new;1.0;2025;municipality;05958000;Stadt 0;40;;;false"), csv);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("kim.cases.new;1.0;2025;municipality;05958001;Stadt 1;;;;true")),
                csv);
        assertEquals(4 + 1, figures().cells());
        assertEquals(2, figures().suppressed());
    }
}
