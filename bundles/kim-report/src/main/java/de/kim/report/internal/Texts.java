package de.kim.report.internal;

import java.text.NumberFormat;
import java.util.Locale;

/** German number formats and the marks of the report. */
final class Texts {
    static final String SUPPRESSED = "gesperrt";
    private static final Locale DE = Locale.GERMANY;

    private Texts() {
    }

    static String count(Long value) {
        return value == null ? SUPPRESSED : NumberFormat.getIntegerInstance(DE).format(value);
    }

    static String decimal(Double value, int digits) {
        if (value == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(DE);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }

    static String date(java.time.LocalDate day) {
        return day == null ? "" : java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(day);
    }

    static String percent(Double ratio) {
        return ratio == null ? "–" : decimal(ratio * 100, 1) + " %";
    }

    static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
