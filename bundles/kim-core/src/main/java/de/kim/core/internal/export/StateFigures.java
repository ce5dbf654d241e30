package de.kim.core.internal.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kim.api.model.District;
import de.kim.api.model.IndicatorValues;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The figures of one export, already suppressed, written as JSON (format {@code kim-state-export},
 * described by {@code schemas/kim-state-export-1.0.schema.json}) or CSV (one line per cell, {@code ;}, UTF-8
 * with BOM, as Excel reads it).
 */
final class StateFigures {
    static final String SCHEMA_ID = "https://kim-platform.de/schemas/kim-state-export-1.0.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String[] HEADER = {"indicator", "indicatorVersion", "period", "dimension", "key", "label",
        "numerator", "denominator", "ratio", "suppressed"};

    /** One indicator's breakdowns. */
    record Indicator(String id, String version, String labelDe, String labelEn, List<IndicatorValues> breakdowns) {
    }

    private final District district;
    private final int period;
    private final Instant createdAt;
    private final int threshold;
    private final List<Indicator> indicators;

    StateFigures(District district, int period, Instant createdAt, int threshold, List<Indicator> indicators) {
        this.district = district;
        this.period = period;
        this.createdAt = createdAt;
        this.threshold = threshold;
        this.indicators = indicators;
    }

    int cells() {
        return (int) rows().count();
    }

    int suppressed() {
        return (int) rows().filter(IndicatorValues.Row::suppressed).count();
    }

    private java.util.stream.Stream<IndicatorValues.Row> rows() {
        return indicators.stream().flatMap(i -> i.breakdowns().stream())
                .flatMap(v -> java.util.stream.Stream.concat(v.rows().stream(), java.util.stream.Stream.of(v.total())));
    }

    byte[] json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA_ID);
        root.put("format", "kim-state-export");
        root.put("formatVersion", "1.0");
        ObjectNode d = root.putObject("district");
        d.put("key", district == null ? null : district.key());
        d.put("name", district == null ? null : district.name());
        root.put("period", period);
        root.put("createdAt", createdAt.toString());
        root.put("threshold", threshold);
        ArrayNode list = root.putArray("indicators");
        for (Indicator i : indicators) {
            ObjectNode node = list.addObject();
            node.put("id", i.id());
            node.put("version", i.version());
            node.putObject("label").put("de", i.labelDe()).put("en", i.labelEn());
            ArrayNode breakdowns = node.putArray("breakdowns");
            for (IndicatorValues v : i.breakdowns()) {
                ObjectNode b = breakdowns.addObject();
                b.put("dimension", v.by().code());
                ArrayNode cells = b.putArray("cells");
                v.rows().forEach(r -> cell(cells.addObject(), r));
                cell(b.putObject("total"), v.total());
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(ObjectNode node, IndicatorValues.Row r) {
        node.put("key", r.key());
        node.put("label", r.label());
        node.put("numerator", r.numerator());
        node.put("denominator", r.denominator());
        node.put("ratio", r.ratio());
        node.put("suppressed", r.suppressed());
    }

    byte[] csv() {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').setHeader(HEADER)
                .setRecordSeparator("\r\n").build();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Indicator i : indicators) {
                for (IndicatorValues v : i.breakdowns()) {
                    for (IndicatorValues.Row r : v.rows()) {
                        line(printer, i, v, r);
                    }
                    line(printer, i, v, v.total());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void line(CSVPrinter printer, Indicator i, IndicatorValues v, IndicatorValues.Row r) throws IOException {
        printer.printRecord(i.id(), i.version(), period, v.by().code(), r.key() == null ? "total" : r.key(),
                r.label(), r.numerator(), r.denominator(), r.ratio() == null ? null
                        : String.format(java.util.Locale.ROOT, "%.4f", r.ratio()), r.suppressed());
    }
}
