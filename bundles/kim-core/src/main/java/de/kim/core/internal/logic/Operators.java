package de.kim.core.internal.logic;

import static de.kim.core.internal.logic.JsValues.UNDEFINED;
import static de.kim.core.internal.logic.JsValues.js;
import static de.kim.core.internal.logic.JsValues.toNumber;
import static de.kim.core.internal.logic.JsValues.toStr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operators of {@link JsonRule} that work on evaluated arguments, each as json-logic-js defines it
 * (the same argument handling and the same JavaScript conversions), so that browser and server agree.
 */
final class Operators {
    /** Operators that evaluate their arguments themselves (short-circuit or per element). */
    static final Set<String> CONTROL = Set.of("var", "missing", "missing_some", "and", "or", "if", "?:", "filter",
            "map", "reduce", "all", "none", "some");
    static final Set<String> KNOWN = union(CONTROL, List.of("==", "!=", "===", "!==", "<", "<=", ">", ">=", "!",
            "!!", "%", "log", "in", "cat", "substr", "+", "-", "*", "/", "min", "max", "merge"));

    private Operators() {
    }

    static Object apply(String operator, List<Object> v) {
        return switch (operator) {
            case "==" -> JsValues.looseEquals(arg(v, 0), arg(v, 1));
            case "!=" -> !JsValues.looseEquals(arg(v, 0), arg(v, 1));
            case "===" -> JsValues.strictEquals(arg(v, 0), arg(v, 1));
            case "!==" -> !JsValues.strictEquals(arg(v, 0), arg(v, 1));
            case "<" -> v.size() < 3 ? JsValues.less(arg(v, 0), arg(v, 1), false)
                    : JsValues.less(v.get(0), v.get(1), false) && JsValues.less(v.get(1), v.get(2), false);
            case "<=" -> v.size() < 3 ? JsValues.less(arg(v, 0), arg(v, 1), true)
                    : JsValues.less(v.get(0), v.get(1), true) && JsValues.less(v.get(1), v.get(2), true);
            case ">" -> JsValues.less(arg(v, 1), arg(v, 0), false);
            case ">=" -> JsValues.less(arg(v, 1), arg(v, 0), true);
            case "!" -> !JsValues.truthy(arg(v, 0));
            case "!!" -> JsValues.truthy(arg(v, 0));
            case "%" -> toNumber(arg(v, 0)) % toNumber(arg(v, 1));
            case "log" -> arg(v, 0);
            case "in" -> in(arg(v, 0), arg(v, 1));
            case "cat" -> cat(v);
            case "substr" -> substr(arg(v, 0), arg(v, 1), arg(v, 2));
            case "+" -> v.stream().mapToDouble(JsValues::parseFloat).reduce(0, Double::sum);
            case "*" -> product(v);
            case "-" -> v.size() < 2 ? -toNumber(arg(v, 0)) : toNumber(v.get(0)) - toNumber(v.get(1));
            case "/" -> toNumber(arg(v, 0)) / toNumber(arg(v, 1));
            case "min" -> v.stream().mapToDouble(JsValues::toNumber)
                    .reduce(Double.POSITIVE_INFINITY, (a, b) -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.min(a, b));
            case "max" -> v.stream().mapToDouble(JsValues::toNumber)
                    .reduce(Double.NEGATIVE_INFINITY, (a, b) -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b));
            case "merge" -> merge(v);
            default -> throw new IllegalArgumentException("unknown rule operator '" + operator + "'");
        };
    }

    /** The {@code i}-th argument, or {@code undefined} when there are fewer. */
    static Object arg(List<?> v, int i) {
        return i < v.size() ? v.get(i) : UNDEFINED;
    }

    /** {@code b.indexOf(a) !== -1}: text in text, or an element strictly equal in an array; else false. */
    private static boolean in(Object needle, Object haystack) {
        Object h = js(haystack);
        if (h instanceof String s) {
            return s.contains(toStr(needle));
        }
        if (h instanceof List<?> list) {
            return list.stream().anyMatch(item -> JsValues.strictEquals(item, needle));
        }
        return false;
    }

    private static String cat(List<Object> v) {
        StringBuilder out = new StringBuilder();
        for (Object o : v) {
            out.append(o == null || o == UNDEFINED ? "" : toStr(o));
        }
        return out.toString();
    }

    /** String.prototype.substr, with a negative length counted back from the end as json-logic-js does. */
    private static String substr(Object source, Object start, Object length) {
        String text = toStr(source);
        String rest = text.substring(index(toNumber(start), text.length()));
        if (JsValues.less(length, 0.0, false)) {
            return rest.substring(0, clamp(rest.length() + toNumber(length), rest.length()));
        }
        return length == UNDEFINED ? rest : rest.substring(0, clamp(toNumber(length), rest.length()));
    }

    /** ToIntegerOrInfinity of a count, kept within 0 and {@code max}. */
    private static int clamp(double count, int max) {
        if (Double.isNaN(count)) {
            return 0;
        }
        double whole = count < 0 ? Math.ceil(count) : Math.floor(count);
        return (int) Math.max(0, Math.min(whole, max));
    }

    private static int index(double start, int size) {
        if (Double.isNaN(start)) {
            return 0;
        }
        double s = start < 0 ? Math.max(size + Math.ceil(start), 0) : Math.min(Math.floor(start), size);
        return (int) s;
    }

    /** Array.prototype.reduce without a start value: one argument comes back as it is. */
    private static Object product(List<Object> v) {
        if (v.isEmpty()) {
            throw new IllegalArgumentException("'*' needs at least one argument");
        }
        Object result = v.get(0);
        for (int i = 1; i < v.size(); i++) {
            result = JsValues.parseFloat(result) * JsValues.parseFloat(v.get(i));
        }
        return result;
    }

    private static List<Object> merge(List<Object> v) {
        List<Object> merged = new ArrayList<>();
        for (Object o : v) {
            if (js(o) instanceof List<?> list) {
                merged.addAll(list);
            } else {
                merged.add(o);
            }
        }
        return merged;
    }

    private static Set<String> union(Set<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether {@code rule} is an operation (an object with exactly one key) rather than a value. */
    static boolean isLogic(Object rule) {
        return rule instanceof Map<?, ?> map && map.size() == 1;
    }
}
