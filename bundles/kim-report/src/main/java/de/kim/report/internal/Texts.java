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

    /** A post's funding source as the report names it (no codes): the KIM guideline, the town's own money, … */
    static String funding(String code) {
        if (code == null || code.isBlank()) {
            return "–";
        }
        return switch (code) {
            case "KIM_RICHTLINIE" -> "Förderrichtlinie KIM (Land NRW)";
            case "KOMMUNE" -> "Eigenmittel der Kommune";
            case "KREIS" -> "Eigenmittel des Kreises";
            case "ESF" -> "ESF Plus";
            case "BUND" -> "Bundesmittel";
            default -> code.charAt(0) + code.substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
