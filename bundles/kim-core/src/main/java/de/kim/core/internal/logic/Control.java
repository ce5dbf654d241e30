package de.kim.core.internal.logic;

import static de.kim.core.internal.logic.JsValues.UNDEFINED;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The operators of {@link JsonRule} that decide themselves which arguments to evaluate, and against
 * which data: data access, conditionals that short-circuit, and the array operators that evaluate
 * their rule once per element — each as json-logic-js does it.
 */
final class Control {
    private Control() {
    }

    static Object apply(String operator, List<?> args, Object data) {
        return switch (operator) {
            case "var" -> JsonRule.variable(evaluated(args, data), data);
            case "missing" -> JsonRule.missing(evaluated(args, data), data);
            case "missing_some" -> missingSome(evaluated(args, data), data);
            case "if", "?:" -> conditional(args, data);
            case "and" -> logical(args, data, false);
            case "or" -> logical(args, data, true);
            case "filter" -> filter(args, data);
            case "map" -> map(args, data);
            case "reduce" -> reduce(args, data);
            case "all" -> all(args, data);
            case "none" -> filter(args, data).isEmpty();
            case "some" -> !filter(args, data).isEmpty();
            default -> throw new IllegalArgumentException("unknown rule operator '" + operator + "'");
        };
    }

    private static List<Object> evaluated(List<?> args, Object data) {
        List<Object> values = new ArrayList<>(args.size());
        for (Object a : args) {
            values.add(JsonRule.evaluate(a, data));
        }
        return values;
    }

    private static Object missingSome(List<Object> v, Object data) {
        Object options = Operators.arg(v, 1);
        List<Object> keys = JsValues.js(options) instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
        List<Object> absent = JsonRule.missing(List.of(keys), data);
        boolean enough = JsValues.less(Operators.arg(v, 0), (double) (keys.size() - absent.size()), true);
        return enough ? List.of() : absent;
    }

    private static Object conditional(List<?> args, Object data) {
        int i = 0;
        for (; i < args.size() - 1; i += 2) {
            if (JsValues.truthy(JsonRule.evaluate(args.get(i), data))) {
                return JsonRule.evaluate(args.get(i + 1), data);
            }
        }
        return args.size() == i + 1 ? JsonRule.evaluate(args.get(i), data) : null;
    }

    /** {@code and} returns the first falsy value, {@code or} the first truthy one, else the last. */
    private static Object logical(List<?> args, Object data, boolean stopOnTruthy) {
        Object current = UNDEFINED;
        for (Object a : args) {
            current = JsonRule.evaluate(a, data);
            if (JsValues.truthy(current) == stopOnTruthy) {
                return current;
            }
        }
        return current;
    }

    /** The first argument, evaluated: what an array operator works on. */
    private static Object scope(List<?> args, Object data) {
        return JsValues.js(JsonRule.evaluate(Operators.arg(args, 0), data));
    }

    private static List<?> scoped(List<?> args, Object data) {
        return scope(args, data) instanceof List<?> list ? list : null;
    }

    private static Object rule(List<?> args) {
        return args.size() > 1 ? args.get(1) : null;
    }

    private static List<Object> filter(List<?> args, Object data) {
        List<?> items = scoped(args, data);
        List<Object> kept = new ArrayList<>();
        if (items != null) {
            for (Object item : items) {
                if (JsValues.truthy(JsonRule.evaluate(rule(args), item))) {
                    kept.add(item);
                }
            }
        }
        return kept;
    }

    private static List<Object> map(List<?> args, Object data) {
        List<?> items = scoped(args, data);
        List<Object> mapped = new ArrayList<>();
        if (items != null) {
            for (Object item : items) {
                mapped.add(JsonRule.evaluate(rule(args), item));
            }
        }
        return mapped;
    }

    private static Object reduce(List<?> args, Object data) {
        List<?> items = scoped(args, data);
        Object accumulator = args.size() > 2 ? JsonRule.evaluate(args.get(2), data) : null;
        if (items == null) {
            return accumulator;
        }
        for (Object item : items) {
            Map<String, Object> scope = new HashMap<>();
            scope.put("current", item);
            scope.put("accumulator", accumulator);
            accumulator = JsonRule.evaluate(rule(args), scope);
        }
        return accumulator;
    }

    /** True when every element passes; an empty (or absent) list is false. */
    private static boolean all(List<?> args, Object data) {
        Object scope = scope(args, data);
        List<?> items = scope instanceof List<?> list ? list
                : scope instanceof String s ? s.chars().mapToObj(c -> String.valueOf((char) c)).toList() : List.of();
        if (items.isEmpty()) {
            return false;
        }
        for (Object item : items) {
            if (!JsValues.truthy(JsonRule.evaluate(rule(args), item))) {
                return false;
            }
        }
        return true;
    }
}
