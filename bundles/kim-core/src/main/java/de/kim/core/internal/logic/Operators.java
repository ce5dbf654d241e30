package de.kim.core.internal.logic;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The operators of {@link JsonRule} that work on evaluated arguments. */
final class Operators {
    static final Set<String> KNOWN = Set.of("var", "missing", "and", "or", "if", "==", "!=", "===", "!==", "<",
            "<=", ">", ">=", "!", "!!", "in", "cat", "+", "-", "*", "/", "min", "max");

    private Operators() {
    }

    static Object apply(String operator, List<Object> v) {
        return switch (operator) {
            case "==" -> looseEquals(arg(v, 0), arg(v, 1));
            case "!=" -> !looseEquals(arg(v, 0), arg(v, 1));
            case "===" -> strictEquals(arg(v, 0), arg(v, 1));
            case "!==" -> !strictEquals(arg(v, 0), arg(v, 1));
            case "<" -> v.size() == 3 ? ordered(v.get(0), v.get(1), false) && ordered(v.get(1), v.get(2), false)
                    : ordered(arg(v, 0), arg(v, 1), false);
            case "<=" -> v.size() == 3 ? ordered(v.get(0), v.get(1), true) && ordered(v.get(1), v.get(2), true)
                    : ordered(arg(v, 0), arg(v, 1), true);
            case ">" -> ordered(arg(v, 1), arg(v, 0), false);
            case ">=" -> ordered(arg(v, 1), arg(v, 0), true);
            case "!" -> !JsonRule.truthy(arg(v, 0));
            case "!!" -> JsonRule.truthy(arg(v, 0));
            case "in" -> in(arg(v, 0), arg(v, 1));
            case "cat" -> v.stream().map(o -> o == null ? "" : text(o)).collect(Collectors.joining());
            case "+" -> v.stream().mapToDouble(Operators::number).sum();
            case "*" -> v.stream().mapToDouble(Operators::number).reduce(1, (a, b) -> a * b);
            case "-" -> v.size() == 1 ? -number(v.get(0)) : number(arg(v, 0)) - number(arg(v, 1));
            case "/" -> number(arg(v, 0)) / number(arg(v, 1));
            case "min" -> v.stream().mapToDouble(Operators::number).min().orElse(Double.NaN);
            case "max" -> v.stream().mapToDouble(Operators::number).max().orElse(Double.NaN);
            default -> throw new IllegalArgumentException("unknown rule operator '" + operator + "'");
        };
    }

    private static Object arg(List<Object> v, int i) {
        return i < v.size() ? v.get(i) : null;
    }

    private static boolean in(Object needle, Object haystack) {
        if (haystack instanceof Collection<?> c) {
            return c.stream().anyMatch(item -> strictEquals(item, needle) || looseEquals(item, needle));
        }
        if (haystack instanceof String s && needle != null) {
            return s.contains(text(needle));
        }
        return false;
    }

    static boolean looseEquals(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        Double x = numeric(a);
        Double y = numeric(b);
        if (x != null && y != null && (a instanceof Number || b instanceof Number || a instanceof Boolean
                || b instanceof Boolean)) {
            return x.doubleValue() == y.doubleValue();
        }
        return text(a).equals(text(b));
    }

    private static boolean strictEquals(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return Objects.equals(a, b);
    }

    /** Whether a comes before b (or equals it, if allowed); nothing is ordered against null. */
    private static boolean ordered(Object a, Object b, boolean orEqual) {
        if (a == null || b == null) {
            return false;
        }
        int c = compare(a, b);
        return orEqual ? c <= 0 : c < 0;
    }

    /** Numbers compare as numbers; two texts that are not both numbers compare as text (ISO dates). */
    private static int compare(Object a, Object b) {
        Double x = numeric(a);
        Double y = numeric(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        return text(a).compareTo(text(b));
    }

    static String text(Object o) {
        if (o instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(o);
    }

    private static Double numeric(Object o) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        if (o instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (o instanceof String s) {
            try {
                return Double.valueOf(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static double number(Object o) {
        Double d = numeric(o);
        return d == null ? Double.NaN : d;
    }
}
