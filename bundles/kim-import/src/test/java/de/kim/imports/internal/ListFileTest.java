package de.kim.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kim.api.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class ListFileTest {

    @Test
    void excelCsvInWindows1252WithSemicolonsAndQuotes() {
        byte[] bytes = "Lfd. Nr.;Name;Vorname\r\n1;Öztürk;\"Zeynep; Ayşe\"\r\n\r\n2;Müller;Jörg\r\n"
                .getBytes(ListFile.WINDOWS_1252);
        ListFile file = ListFile.read("liste.csv", bytes, null);
        assertEquals("Windows-1252", file.encoding());
        assertEquals(List.of("Lfd. Nr.", "Name", "Vorname"), file.headings());
        assertEquals(2, file.rows().size());
        assertEquals("Öztürk", file.rows().get(0).cells().get("Name"));
        assertEquals("Zeynep; Ayşe".replace("ş", "?"), file.rows().get(0).cells().get("Vorname"),
                "ş is not in Windows-1252: Excel writes ?");
        assertEquals(2, file.rows().get(0).line());
    }

    @Test
    void utf8WithBomAndCommaSeparated() {
        byte[] bytes = ("\uFEFFNr,Name\n7,Kovalenko\n8,Öztürk\n").getBytes(StandardCharsets.UTF_8);
        ListFile file = ListFile.read("list.csv", bytes, null);
        assertEquals("UTF-8 (BOM)", file.encoding());
        assertEquals(List.of("Nr", "Name"), file.headings());
        assertEquals("Öztürk", file.rows().get(1).cells().get("Name"));
        assertEquals(3, file.rows().get(1).line());
    }

    @Test
    void xlsxWithDateCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "KIM", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Liste");
            sheet.value(0, 0, "Lfd. Nr.");
            sheet.value(0, 1, "Name");
            sheet.value(0, 2, "Geburtsdatum");
            sheet.value(1, 0, 1);
            sheet.value(1, 1, "Haddad");
            sheet.value(1, 2, LocalDate.of(1991, 4, 3));
            sheet.style(1, 2).format("dd.mm.yyyy").set();
            sheet.value(2, 0, 2);
            sheet.value(2, 1, "Nazari");
            sheet.value(2, 2, "01.07.2004");
        }
        ListFile file = ListFile.read("liste.xlsx", out.toByteArray(), null);
        assertEquals(List.of("Lfd. Nr.", "Name", "Geburtsdatum"), file.headings());
        assertEquals("1", file.rows().get(0).cells().get("Lfd. Nr."));
        assertEquals("1991-04-03", file.rows().get(0).cells().get("Geburtsdatum"));
        assertEquals("01.07.2004", file.rows().get(1).cells().get("Geburtsdatum"));
        assertEquals(3, file.rows().get(1).line());
    }

    @Test
    void whatCannotBeReadIsRefusedAsAWhole() {
        assertThrows(ValidationException.class, () -> ListFile.read("alt.xls", new byte[] {1, 2}, null));
        ValidationException broken = assertThrows(ValidationException.class, () -> ListFile.read("x.xlsx",
                "PK not really a zip".getBytes(StandardCharsets.UTF_8), null));
        assertTrue(broken.violations().get(0).message().contains("XLSX"), broken.getMessage());
        ValidationException twice = assertThrows(ValidationException.class, () -> ListFile.read("x.csv",
                "Name;Vorname;Name\n1;2;3\n".getBytes(StandardCharsets.UTF_8), null));
        assertTrue(twice.getMessage().contains("Name"), twice.getMessage());
    }
}
