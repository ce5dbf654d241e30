package de.kim.core.internal.logic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The platform's one rule language: JsonLogic (jsonlogic.com), so that a rule written for a form
 * condition, a procedure criterion or an indicator filter runs the same in the browser. Rules are
 * parsed JSON: maps of one operator to its arguments, lists, strings, numbers, booleans, null.
 *
 * <p>Supported: {@code var missing == != === !== < <= > >= ! !! and or if in cat + - * / min max}.
 * Comparisons of two strings that are not numbers compare them as text, so ISO dates compare as dates.
 */
public final class JsonRule {
    private JsonRule() {
    }

    /** Evaluates {@code rule} against {@code data}. */
    public static Object evaluate(Object rule, Object data) {
        if (rule instanceof List<?> list) {
            return list.stream().map(r -> evaluate(r, data)).toList();
        }
        if (!(rule instanceof Map<?, ?> map)) {
            return rule;
        }
        if (map.size() != 1) {
            throw new IllegalArgumentException("a rule is an object with exactly one operator, got " + map.keySet());
        }
        Map.Entry<?, ?> op = map.entrySet().iterator().next();
        String operator = String.valueOf(op.getKey());
        List<?> args = op.getValue() instanceof List<?> l ? l : java.util.Collections.singletonList(op.getValue());
        return apply(operator, args, data);
    }

    /** Evaluates {@code rule} and applies JsonLogic truthiness; a null rule is true. */
    public static boolean test(Object rule, Object data) {
        return rule == null || truthy(evaluate(rule, data));
    }

    /** Checks that every operator of {@code rule} is known, without evaluating it. */
    public static void check(Object rule) {
        if (rule instanceof List<?> list) {
            list.forEach(JsonRule::check);
        } else if (rule instanceof Map<?, ?> map) {
            if (map.size() != 1) {
                throw new IllegalArgumentException("a rule is an object with exactly one operator, got " + map.keySet());
            }
            Map.Entry<?, ?> op = map.entrySet().iterator().next();
            if (!Operators.KNOWN.contains(String.valueOf(op.getKey()))) {
                throw new IllegalArgumentException("unknown rule operator '" + op.getKey() + "'");
            }
            check(op.getValue());
        }
    }

    /** The field names a rule reads through {@code var}, first segment only. */
    public static List<String> variables(Object rule) {
        List<String> names = new ArrayList<>();
        collect(rule, names);
        return names;
    }

    private static void collect(Object rule, List<String> names) {
        if (rule instanceof List<?> list) {
            list.forEach(r -> collect(r, names));
        } else if (rule instanceof Map<?, ?> map && map.size() == 1) {
            Map.Entry<?, ?> op = map.entrySet().iterator().next();
            if ("var".equals(op.getKey())) {
                Object name = op.getValue() instanceof List<?> l && !l.isEmpty() ? l.get(0) : op.getValue();
                if (name instanceof String s && !s.isEmpty()) {
                    names.add(s);
                }
            } else {
                collect(op.getValue(), names);
            }
        }
    }

    private static Object apply(String operator, List<?> args, Object data) {
        switch (operator) {
            case "var":
                return variable(args, data);
            case "missing":
                return missing(args, data);
            case "and": {
                Object last = true;
                for (Object a : args) {
                    last = evaluate(a, data);
                    if (!truthy(last)) {
                        return last;
                    }
                }
                return last;
            }
            case "or": {
                Object last = false;
                for (Object a : args) {
                    last = evaluate(a, data);
                    if (truthy(last)) {
                        return last;
                    }
                }
                return last;
            }
            case "if": {
                int i = 0;
                for (; i + 1 < args.size(); i += 2) {
                    if (truthy(evaluate(args.get(i), data))) {
                        return evaluate(args.get(i + 1), data);
                    }
                }
                return i < args.size() ? evaluate(args.get(i), data) : null;
            }
            default:
                List<Object> values = new ArrayList<>();
                for (Object a : args) {
                    values.add(evaluate(a, data));
                }
                return Operators.apply(operator, values);
        }
    }

    private static Object variable(List<?> args, Object data) {
        Object name = args.isEmpty() ? null : evaluate(args.get(0), data);
        Object fallback = args.size() > 1 ? evaluate(args.get(1), data) : null;
        if (name == null || "".equals(name)) {
            return data;
        }
        Object value = resolve(String.valueOf(name), data);
        return value == null ? fallback : value;
    }

    static Object resolve(String path, Object data) {
        Object current = data;
        for (String segment : path.split("\\.")) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(segment);
            } else if (current instanceof List<?> list && segment.matches("\\d+")) {
                int index = Integer.parseInt(segment);
                current = index < list.size() ? list.get(index) : null;
            } else {
                return null;
            }
        }
        return current;
    }

    private static List<Object> missing(List<?> args, Object data) {
        List<Object> absent = new ArrayList<>();
        for (Object a : args) {
            Object name = evaluate(a, data);
            Collection<?> names = name instanceof Collection<?> c ? c : List.of(Objects.toString(name));
            for (Object n : names) {
                Object value = resolve(String.valueOf(n), data);
                if (value == null || "".equals(value)) {
                    absent.add(n);
                }
            }
        }
        return absent;
    }

    /** JsonLogic truthiness: false, null, 0, "" and [] are false. */
    public static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        return true;
    }
}
