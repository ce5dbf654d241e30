package de.kim.core.internal.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The platform's one rule language: JsonLogic (jsonlogic.com), so that a rule written for a form
 * condition, a procedure criterion or an indicator filter runs the same in the browser, where
 * json-logic-js evaluates it. Rules are parsed JSON: an object with exactly one key is an operation,
 * any other value (lists are evaluated element by element) is itself.
 *
 * <p>All operators of json-logic-js 2.0: {@code var missing missing_some if ?: and or == != === !== < <=
 * > >= ! !! % log in cat substr + - * / min max merge filter map reduce all none some}, with its
 * JavaScript conversions ({@link JsValues}); the official JsonLogic test suite and a differential test
 * against json-logic-js under Node check that both agree.
 */
public final class JsonRule {
    private JsonRule() {
    }

    /** Evaluates {@code rule} against {@code data}; numbers come back as double, {@code undefined} as null. */
    public static Object evaluate(Object rule, Object data) {
        Object result = apply(rule, data);
        return result == JsValues.UNDEFINED ? null : result;
    }

    /** Evaluates {@code rule} and applies JsonLogic truthiness; a null rule is true. */
    public static boolean test(Object rule, Object data) {
        return rule == null || truthy(evaluate(rule, data));
    }

    /** Checks that every operation of {@code rule} names a known operator, without evaluating it. */
    public static void check(Object rule) {
        if (rule instanceof List<?> list) {
            list.forEach(JsonRule::check);
        } else if (Operators.isLogic(rule)) {
            Map.Entry<?, ?> op = ((Map<?, ?>) rule).entrySet().iterator().next();
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

    private static Object apply(Object rule, Object data) {
        if (rule instanceof List<?> list) {
            List<Object> values = new ArrayList<>(list.size());
            for (Object r : list) {
                values.add(evaluate(r, data));
            }
            return values;
        }
        if (!Operators.isLogic(rule)) {
            return rule;
        }
        Map.Entry<?, ?> op = ((Map<?, ?>) rule).entrySet().iterator().next();
        String operator = String.valueOf(op.getKey());
        List<?> args = op.getValue() instanceof List<?> l ? l : java.util.Collections.singletonList(op.getValue());
        if (Operators.CONTROL.contains(operator)) {
            return Control.apply(operator, args, data);
        }
        List<Object> values = new ArrayList<>(args.size());
        for (Object a : args) {
            values.add(apply(a, data));
        }
        return Operators.apply(operator, values);
    }

    static Object variable(List<Object> args, Object data) {
        Object name = Operators.arg(args, 0);
        Object fallback = args.size() > 1 ? args.get(1) : null;
        if (name == JsValues.UNDEFINED || name == null || "".equals(name)) {
            return data;
        }
        Object current = data;
        for (String segment : JsValues.toStr(name).split("\\.", -1)) {
            if (current == null || current == JsValues.UNDEFINED) {
                return fallback;
            }
            current = member(current, segment);
            if (current == JsValues.UNDEFINED) {
                return fallback;
            }
        }
        return current;
    }

    /** {@code value[key]} in JavaScript, for the values JSON has; undefined where there is nothing. */
    private static Object member(Object value, String key) {
        Object v = JsValues.js(value);
        if (v instanceof Map<?, ?> map) {
            return map.containsKey(key) ? map.get(key) : JsValues.UNDEFINED;
        }
        if (v instanceof List<?> || v instanceof String) {
            int size = v instanceof List<?> list ? list.size() : ((String) v).length();
            if ("length".equals(key)) {
                return (double) size;
            }
            if (key.matches("0|[1-9]\\d{0,8}") && Integer.parseInt(key) < size) {
                int index = Integer.parseInt(key);
                return v instanceof List<?> list ? list.get(index) : String.valueOf(((String) v).charAt(index));
            }
        }
        return JsValues.UNDEFINED;
    }

    static List<Object> missing(List<Object> args, Object data) {
        List<?> keys = !args.isEmpty() && JsValues.js(args.get(0)) instanceof List<?> first ? first : args;
        List<Object> absent = new ArrayList<>();
        for (Object key : keys) {
            Object value = variable(List.of(key == null ? "" : key), data);
            if (value == null || "".equals(value)) {
                absent.add(key);
            }
        }
        return absent;
    }

    /** JsonLogic truthiness: false, null, 0, NaN, "" and [] are false. */
    public static boolean truthy(Object value) {
        return JsValues.truthy(value);
    }
}
