package de.kim.core.internal.logic;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JavaScript value semantics that json-logic-js relies on (ECMAScript's ToNumber, ToString,
 * parseFloat, loose and strict equality, relational comparison, truthiness), over the Java values a
 * parsed JSON document holds: null, Boolean, Number, String, List, Map. The browser evaluates the same
 * rules with json-logic-js; these conversions are what makes both give the same answer.
 */
final class JsValues {
    /** JavaScript's {@code undefined}: an argument that was not given. Never leaves the evaluator. */
    static final Object UNDEFINED = new Object() {
        @Override
        public String toString() {
            return "undefined";
        }
    };

    private static final Pattern DECIMAL = Pattern.compile(
            "[+-]?(?:Infinity|(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)");
    private static final Pattern RADIX = Pattern.compile("0([xXoObB])([0-9a-fA-F]+)");

    private JsValues() {
    }

    /** The value as JavaScript sees it: numbers as double, other scalars (dates, enums) as their text. */
    static Object js(Object value) {
        if (value == null || value == UNDEFINED || value instanceof Boolean || value instanceof String
                || value instanceof List<?> || value instanceof Map<?, ?>) {
            return value;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Collection<?> c) {
            return List.copyOf(c);
        }
        return String.valueOf(value);
    }

    /** JsonLogic truthiness: JavaScript's, except that an empty array is false. */
    static boolean truthy(Object value) {
        Object v = js(value);
        if (v == null || v == UNDEFINED) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Double d) {
            return d != 0 && !d.isNaN();
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        return true;
    }

    /** ECMAScript ToNumber. */
    static double toNumber(Object value) {
        Object v = primitive(js(value));
        if (v == null) {
            return 0;
        }
        if (v == UNDEFINED) {
            return Double.NaN;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Double d) {
            return d;
        }
        return stringToNumber((String) v);
    }

    private static double stringToNumber(String text) {
        String s = trim(text);
        if (s.isEmpty()) {
            return 0;
        }
        Matcher radix = RADIX.matcher(s);
        if (radix.matches()) {
            int base = switch (Character.toLowerCase(radix.group(1).charAt(0))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            try {
                return new java.math.BigInteger(radix.group(2), base).doubleValue();
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return DECIMAL.matcher(s).matches() ? decimal(s) : Double.NaN;
    }

    /** JavaScript's global parseFloat: the longest decimal prefix after leading white space, else NaN. */
    static double parseFloat(Object value) {
        Matcher m = DECIMAL.matcher(trim(toStr(value)));
        return m.lookingAt() ? decimal(m.group()) : Double.NaN;
    }

    private static double decimal(String literal) {
        if (literal.endsWith("Infinity")) {
            return literal.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(literal);
    }

    /** ECMAScript ToString (String(value)). */
    static String toStr(Object value) {
        Object v = js(value);
        if (v == null) {
            return "null";
        }
        if (v == UNDEFINED) {
            return "undefined";
        }
        if (v instanceof Double d) {
            return numberToString(d);
        }
        if (v instanceof List<?> l) {
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    joined.append(',');
                }
                Object item = l.get(i);
                joined.append(item == null || item == UNDEFINED ? "" : toStr(item));
            }
            return joined.toString();
        }
        if (v instanceof Map<?, ?>) {
            return "[object Object]";
        }
        return String.valueOf(v);
    }

    /** Number.prototype.toString(): shortest digits, plain between 1e-7 and 1e21, else exponential. */
    static String numberToString(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int k = digits.length();
        int n = k - exact.scale();
        StringBuilder out = new StringBuilder(d < 0 ? "-" : "");
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits.substring(n));
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits.substring(1));
            }
            out.append('e').append(n - 1 >= 0 ? "+" : "-").append(Math.abs(n - 1));
        }
        return out.toString();
    }

    /** {@code a == b} in JavaScript. */
    static boolean looseEquals(Object a, Object b) {
        Object x = js(a);
        Object y = js(b);
        boolean xNull = x == null || x == UNDEFINED;
        boolean yNull = y == null || y == UNDEFINED;
        if (xNull || yNull) {
            return xNull && yNull;
        }
        if (sameType(x, y)) {
            return strictEquals(x, y);
        }
        if (x instanceof Boolean) {
            return looseEquals(toNumber(x), y);
        }
        if (y instanceof Boolean) {
            return looseEquals(x, toNumber(y));
        }
        if (x instanceof Double && y instanceof String) {
            return strictEquals(x, toNumber(y));
        }
        if (x instanceof String && y instanceof Double) {
            return strictEquals(toNumber(x), y);
        }
        if (isObject(x) != isObject(y)) {
            return looseEquals(primitive(x), primitive(y));
        }
        return false;
    }

    /** {@code a === b} in JavaScript: arrays and objects are equal only to themselves. */
    static boolean strictEquals(Object a, Object b) {
        Object x = js(a);
        Object y = js(b);
        if (x == UNDEFINED || y == UNDEFINED || x == null || y == null) {
            return x == y;
        }
        if (!sameType(x, y)) {
            return false;
        }
        if (x instanceof Double d) {
            return d.doubleValue() == ((Double) y).doubleValue();
        }
        if (isObject(x)) {
            return x == y;
        }
        return x.equals(y);
    }

    /**
     * JavaScript's {@code a < b} (or {@code a <= b}): two texts compare as text, anything else as numbers;
     * NaN is never ordered.
     */
    static boolean less(Object a, Object b, boolean orEqual) {
        Object x = primitive(js(a));
        Object y = primitive(js(b));
        if (x instanceof String s && y instanceof String t) {
            int c = s.compareTo(t);
            return orEqual ? c <= 0 : c < 0;
        }
        double p = toNumber(x);
        double q = toNumber(y);
        if (Double.isNaN(p) || Double.isNaN(q)) {
            return false;
        }
        return orEqual ? p <= q : p < q;
    }

    /** ToPrimitive: arrays and objects become their text; other values stay. */
    private static Object primitive(Object v) {
        return isObject(v) ? toStr(v) : v;
    }

    private static boolean isObject(Object v) {
        return v instanceof List<?> || v instanceof Map<?, ?>;
    }

    private static boolean sameType(Object x, Object y) {
        return x.getClass() == y.getClass() || (x instanceof List<?> && y instanceof List<?>)
                || (x instanceof Map<?, ?> && y instanceof Map<?, ?>);
    }

    /** JavaScript's white space and line terminators, trimmed from both ends. */
    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && space(s.charAt(start))) {
            start++;
        }
        while (end > start && space(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean space(char c) {
        return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == ' ' || c == 0xA0
                || c == 0xFEFF || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.SPACE_SEPARATOR;
    }
}
