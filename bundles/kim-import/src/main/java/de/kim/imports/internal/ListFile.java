package de.kim.imports.internal;

import de.kim.api.ValidationException;
import de.kim.api.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A list as Excel writes it: the heading row, then one row per person. CSV is read with Apache Commons
 * CSV (separator {@code ;} unless told or the heading uses another; UTF-8 with or without BOM, else
 * Windows-1252), XLSX with FastExcel (the first sheet; date cells become ISO dates).
 */
record ListFile(List<String> headings, List<Row> rows, String encoding) {

    /** A data row: its line in the file (the heading is line 1) and its cells by heading. */
    record Row(long line, Map<String, String> cells) {
    }

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static ListFile read(String fileName, byte[] content, String separator) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls")) {
            throw refused("the old Excel format .xls cannot be read: save the list as .xlsx or CSV");
        }
        if (name.endsWith(".xlsx") || content.length > 3 && content[0] == 'P' && content[1] == 'K') {
            return xlsx(content);
        }
        return csv(content, separator);
    }

    static ListFile csv(byte[] content, String separator) {
        String encoding;
        String text;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            encoding = "UTF-8 (BOM)";
            text = new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
                encoding = "UTF-8";
            } catch (CharacterCodingException e) {
                text = new String(content, WINDOWS_1252);
                encoding = "Windows-1252";
            }
        }
        char delimiter = delimiter(text, separator);
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY).setAllowMissingColumnNames(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> headings = parser.getHeaderNames().stream().map(String::strip).toList();
            if (headings.isEmpty()) {
                throw refused("the file has no heading row");
            }
            List<Row> rows = new ArrayList<>();
            long line = 1;
            for (CSVRecord record : parser) {
                line++;
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < headings.size() && i < record.size(); i++) {
                    cells.put(headings.get(i), record.get(i));
                }
                if (cells.values().stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new Row(record.getRecordNumber() + 1, cells));
            }
            return new ListFile(headings, rows, encoding);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw refused("the CSV file cannot be read: " + e.getMessage());
        }
    }

    private static char delimiter(String text, String separator) {
        if (separator != null && !separator.isEmpty()) {
            return separator.equals("\\t") || separator.equalsIgnoreCase("tab") ? '\t' : separator.charAt(0);
        }
        int end = text.indexOf('\n');
        String heading = end < 0 ? text : text.substring(0, end);
        long semicolons = heading.chars().filter(c -> c == ';').count();
        long commas = heading.chars().filter(c -> c == ',').count();
        long tabs = heading.chars().filter(c -> c == '\t').count();
        if (semicolons == 0 && tabs > commas) {
            return '\t';
        }
        return semicolons == 0 && commas > 0 ? ',' : ';';
    }

    static ListFile xlsx(byte[] content) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
                new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            List<String> headings = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
                for (org.dhatim.fastexcel.reader.Row row : (Iterable<org.dhatim.fastexcel.reader.Row>) stream::iterator) {
                    if (headings.isEmpty()) {
                        for (int i = 0; i < row.getCellCount(); i++) {
                            headings.add(text(row.getCell(i)).strip());
                        }
                        continue;
                    }
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int i = 0; i < headings.size() && i < row.getCellCount(); i++) {
                        cells.put(headings.get(i), text(row.getCell(i)).strip());
                    }
                    if (!cells.values().stream().allMatch(String::isBlank)) {
                        rows.add(new Row(row.getRowNum(), cells));
                    }
                }
            }
            if (headings.isEmpty()) {
                throw refused("the first sheet has no heading row");
            }
            return new ListFile(headings, rows, "XLSX");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw refused("the XLSX file cannot be read: " + e.getMessage());
        }
    }

    /** A cell as text: dates as ISO dates, whole numbers without ".0". */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && format.toLowerCase(Locale.ROOT).matches(".*(d|y).*") && !format.contains("0")) {
                return cell.asDate().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            java.math.BigDecimal n = cell.asNumber();
            return n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : n.toPlainString();
        }
        String raw = cell.getText();
        return raw == null ? "" : raw;
    }

    static ValidationException refused(String why) {
        return new ValidationException(List.of(new Violation("file", why)));
    }
}
