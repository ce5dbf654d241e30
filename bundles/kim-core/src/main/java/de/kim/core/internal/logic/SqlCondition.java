package de.kim.core.internal.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Translates a {@link JsonRule} into an SQL condition over typed fields, with every literal as a bind
 * parameter, so that indicator filters run in the database and select exactly the rows for which the
 * evaluator (and json-logic-js in the browser) says true. Every part is two-valued — a NULL field makes
 * a comparison true or false as JavaScript would, never SQL's unknown — so {@code !} and {@code !=}
 * keep their meaning. Supported: {@code and or ! !! == != === !== < <= > >= in} over {@code var} and
 * literals, bare fields as truthiness; parts without a field are evaluated here. A comparison whose
 * JavaScript meaning SQL cannot express (text with a number, text containment) is refused.
 *
 * @param sql        the condition, e.g. {@code ((c.PHASE IS NOT NULL AND c.PHASE = ?) AND …)}
 * @param parameters the literals in order
 */
public record SqlCondition(String sql, List<Object> parameters) {

    /** The condition that is always true. */
    public static final SqlCondition TRUE = new SqlCondition("1 = 1", List.of());
    private static final String FALSE = "1 = 0";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.Set<String> FILTER_OPERATORS = java.util.Set.of("var", "and", "or", "!", "!!", "==",
            "!=", "===", "!==", "<", "<=", ">", ">=", "in");

    /**
     * @param fields    the fields a rule may name
     * @param semantics how the database compares text and stores yes/no
     * @throws IllegalArgumentException for an operator, field or comparison that cannot be translated
     */
    public static SqlCondition of(Object rule, Map<String, SqlField> fields, SqlSemantics semantics) {
        if (rule == null) {
            return TRUE;
        }
        onlyFilterOperators(rule);
        List<Object> parameters = new ArrayList<>();
        String sql = new Translation(fields, parameters, semantics).condition(rule);
        return new SqlCondition(sql, List.copyOf(parameters));
    }

    private static void onlyFilterOperators(Object rule) {
        if (rule instanceof List<?> list) {
            list.forEach(SqlCondition::onlyFilterOperators);
        } else if (Operators.isLogic(rule)) {
            Map.Entry<?, ?> op = ((Map<?, ?>) rule).entrySet().iterator().next();
            if (!FILTER_OPERATORS.contains(String.valueOf(op.getKey()))) {
                throw new IllegalArgumentException("operator '" + op.getKey() + "' cannot be used in an indicator filter");
            }
            onlyFilterOperators(op.getValue());
        }
    }

    private record Translation(Map<String, SqlField> fields, List<Object> parameters, SqlSemantics semantics) {

        String condition(Object rule) {
            if (JsonRule.variables(rule).isEmpty() && !(rule instanceof Map<?, ?> m && m.containsKey("var"))) {
                JsonRule.check(rule);
                return JsValues.truthy(JsonRule.evaluate(rule, Map.of())) ? "1 = 1" : FALSE;
            }
            if (!Operators.isLogic(rule)) {
                throw new IllegalArgumentException("an indicator filter must be a rule object, got " + rule);
            }
            Map.Entry<?, ?> op = ((Map<?, ?>) rule).entrySet().iterator().next();
            String operator = String.valueOf(op.getKey());
            List<?> args = op.getValue() instanceof List<?> l ? l : java.util.Collections.singletonList(op.getValue());
            switch (operator) {
                case "var":
                    return truthy(field(rule));
                case "and":
                case "or": {
                    if (args.isEmpty()) {
                        return FALSE;
                    }
                    List<String> parts = new ArrayList<>();
                    for (Object a : args) {
                        parts.add(condition(a));
                    }
                    return "(" + String.join(" " + operator.toUpperCase() + " ", parts) + ")";
                }
                case "!":
                    return args.isEmpty() ? "1 = 1" : "NOT (" + condition(args.get(0)) + ")";
                case "!!":
                    return condition(args.isEmpty() ? false : args.get(0));
                case "==":
                case "===":
                    return Comparisons.equality(this, args, operator.length() == 3);
                case "!=":
                case "!==":
                    return "NOT (" + Comparisons.equality(this, args, operator.length() == 3) + ")";
                case "<":
                case "<=":
                case ">":
                case ">=":
                    return Comparisons.relational(this, operator, args);
                case "in":
                    return Comparisons.in(this, args);
                default:
                    throw new IllegalArgumentException("operator '" + operator + "' cannot be used in an indicator filter");
            }
        }

        /** The field a {@code var} names. */
        SqlField field(Object operand) {
            Object name = ((Map<?, ?>) operand).get("var");
            if (name instanceof List<?> l) {
                name = l.isEmpty() ? null : l.get(0);
            }
            SqlField field = fields.get(String.valueOf(name));
            if (field == null) {
                throw new IllegalArgumentException("unknown field '" + name + "'; known: "
                        + new java.util.TreeSet<>(fields.keySet()));
            }
            return field;
        }

        boolean isField(Object operand) {
            return operand instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("var");
        }

        /** JsonLogic truthiness of a field: null, "", 0 and false are false. */
        String truthy(SqlField f) {
            return switch (f.type()) {
                case TEXT -> "(" + f.sql() + " IS NOT NULL AND LENGTH(" + f.sql() + ") > 0)";
                case DATE -> f.sql() + " IS NOT NULL";
                case BOOLEAN -> yesNoIs(f, true);
                default -> "(" + f.sql() + " IS NOT NULL AND " + f.sql() + " <> 0)";
            };
        }

        /** A yes/no field is true (or false): two-valued, NULL is neither. */
        String yesNoIs(SqlField f, boolean value) {
            return semantics.booleanColumns() ? f.sql() + (value ? " IS TRUE" : " IS FALSE")
                    : "(" + f.sql() + " IS NOT NULL AND " + f.sql() + " = " + bind(value ? 1 : 0) + ")";
        }

        /** A number or yes/no field as a number (yes 1, no 0). */
        String number(SqlField f) {
            return f.type() == SqlField.Type.BOOLEAN && semantics.booleanColumns() ? "CAST(" + f.sql() + " AS INTEGER)"
                    : f.sql();
        }

        String bind(Object value) {
            parameters.add(value);
            // a fraction would be cut to the integer column's type if the parameter took it
            return value instanceof Double ? "CAST(? AS DOUBLE PRECISION)" : "?";
        }

        static boolean isoDate(Object literal) {
            if (!(literal instanceof String s) || !ISO_DATE.matcher(s).matches()) {
                return false;
            }
            try {
                return java.time.LocalDate.parse(s).toString().equals(s);
            } catch (java.time.format.DateTimeParseException e) {
                return false;
            }
        }

        static String always(boolean value) {
            return value ? "1 = 1" : FALSE;
        }
    }

    /** The comparisons of a field with literals, each with its JavaScript meaning for the field's type. */
    private static final class Comparisons {
        private Comparisons() {
        }

        static String equality(Translation t, List<?> args, boolean strict) {
            Object a = Operators.arg(args, 0);
            Object b = Operators.arg(args, 1);
            if (t.isField(a) && t.isField(b)) {
                throw new IllegalArgumentException("an indicator filter compares a field with a value, not two fields");
            }
            if (!t.isField(a) && !t.isField(b)) {
                return t.condition(Map.of(strict ? "===" : "==", java.util.Arrays.asList(a, b)));
            }
            SqlField f = t.field(t.isField(a) ? a : b);
            Object literal = JsValues.js(literal(t.isField(a) ? b : a));
            String c = f.sql();
            if (literal == null) {
                return c + " IS NULL";
            }
            String present = "(" + c + " IS NOT NULL AND " + c + " = ";
            return switch (f.type()) {
                case TEXT -> literal instanceof String s ? present + t.bind(s) + (t.semantics().padsText()
                        ? " AND LENGTH(" + c + ") = " + t.bind(s.length()) : "") + ")" : refuse(f, literal, strict);
                case NUMBER -> literal instanceof Double d ? numberEquals(t, present, d)
                        : strict ? Translation.always(false) : numberEquals(t, present, JsValues.toNumber(literal));
                case DATE -> Translation.isoDate(literal)
                        ? present + t.bind(java.sql.Date.valueOf((String) literal)) + ")" : Translation.always(false);
                case BOOLEAN -> literal instanceof Boolean bool ? t.yesNoIs(f, bool)
                        : strict ? Translation.always(false) : yesNoEquals(t, f, JsValues.toNumber(literal));
            };
        }

        private static String numberEquals(Translation t, String present, double n) {
            return Double.isNaN(n) || Double.isInfinite(n) ? Translation.always(false) : present + t.bind(number(n)) + ")";
        }

        /** A yes/no field is 1 or 0 to JavaScript's loose equality with numbers and numeric text. */
        private static String yesNoEquals(Translation t, SqlField f, double n) {
            return n == 0 || n == 1 ? t.yesNoIs(f, n == 1) : Translation.always(false);
        }

        private static String refuse(SqlField f, Object literal, boolean strict) {
            if (strict) {
                return Translation.always(false);
            }
            throw new IllegalArgumentException("the text field " + f.sql() + " can only be compared with text, not "
                    + JsValues.toStr(literal));
        }

        /** {@code <}, {@code <=}, {@code >}, {@code >=}, and the between form of {@code <} and {@code <=}. */
        static String relational(Translation t, String operator, List<?> args) {
            if (args.size() == 3 && operator.startsWith("<")) {
                return "(" + relational(t, operator, args.subList(0, 2)) + " AND "
                        + relational(t, operator, args.subList(1, 3)) + ")";
            }
            Object a = Operators.arg(args, 0);
            Object b = Operators.arg(args, 1);
            if (!t.isField(a) && !t.isField(b)) {
                return t.condition(Map.of(operator, java.util.Arrays.asList(a, b)));
            }
            if (t.isField(a) && t.isField(b)) {
                throw new IllegalArgumentException("an indicator filter compares a field with a value, not two fields");
            }
            String op = t.isField(a) ? operator : flip(operator);
            SqlField f = t.field(t.isField(a) ? a : b);
            Object literal = JsValues.js(literal(t.isField(a) ? b : a));
            String c = f.sql();
            // what JavaScript decides for a null field: null compares as 0
            boolean whenNull = JsonRule.test(Map.of(op, java.util.Arrays.asList(null, literal)), Map.of());
            switch (f.type()) {
                case NUMBER:
                case BOOLEAN: {
                    double n = JsValues.toNumber(literal);
                    if (Double.isNaN(n) || Double.isInfinite(n)) {
                        // no stored number is NaN or infinite: every row compares as 0 does
                        return Translation.always(JsonRule.test(Map.of(op, List.of(0.0, n)), Map.of()));
                    }
                    return "COALESCE(" + t.number(f) + ", 0) " + op + " " + t.bind(number(n));
                }
                case TEXT:
                    if (!(literal instanceof String s)) {
                        throw new IllegalArgumentException("the text field " + c + " can only be ordered against text");
                    }
                    return nullOr(c, whenNull, textOrder(t, c, op, s));
                default:
                    if (Translation.isoDate(literal)) {
                        return nullOr(c, whenNull, c + " " + op + " " + t.bind(java.sql.Date.valueOf((String) literal)));
                    }
                    if (literal instanceof String) {
                        throw new IllegalArgumentException("the date field " + c + " can only be ordered against a date"
                                + " written yyyy-mm-dd");
                    }
                    return whenNull ? c + " IS NULL" : Translation.always(false);
            }
        }

        /**
         * SQL compares text padded with blanks ("a" = "a "), JavaScript by code units: where the two are
         * equal but for trailing blanks, the shorter one comes first. (Texts with control characters
         * below the blank would still differ; the platform does not store such codes.)
         */
        private static String textOrder(Translation t, String c, String op, String s) {
            String strict = op.substring(0, 1);
            return "(" + c + " " + strict + " " + t.bind(s) + " OR (" + c + " = " + t.bind(s) + " AND LENGTH(" + c + ") "
                    + op + " " + t.bind(s.length()) + "))";
        }

        private static String nullOr(String c, boolean whenNull, String comparison) {
            return whenNull ? "(" + c + " IS NULL OR " + comparison + ")" : "(" + c + " IS NOT NULL AND " + comparison + ")";
        }

        private static String flip(String operator) {
            return switch (operator) {
                case "<" -> ">";
                case "<=" -> ">=";
                case ">" -> "<";
                default -> "<=";
            };
        }

        /** {@code in} a list of values: strict equality with one of them, as Array.indexOf. */
        static String in(Translation t, List<?> args) {
            Object needle = Operators.arg(args, 0);
            Object list = Operators.arg(args, 1);
            if (!t.isField(needle) && !t.isField(list)) {
                return t.condition(Map.of("in", java.util.Arrays.asList(needle, list)));
            }
            if (!t.isField(needle) || !(list instanceof List<?> options)) {
                throw new IllegalArgumentException("an indicator filter can use 'in' only as a field in a list of values");
            }
            List<String> parts = new ArrayList<>();
            for (Object option : options) {
                parts.add(equality(t, java.util.Arrays.asList(needle, option), true));
            }
            return parts.isEmpty() ? Translation.always(false) : "(" + String.join(" OR ", parts) + ")";
        }

        /** A literal operand: a single value, or a part without fields that is evaluated here. */
        private static Object literal(Object operand) {
            Object value = operand instanceof Map<?, ?> || operand instanceof List<?>
                    ? JsonRule.evaluate(operand, Map.of()) : operand;
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                throw new IllegalArgumentException("an indicator filter compares a field with a single value, not " + value);
            }
            return value;
        }

        /** Whole numbers are bound as long, so that they compare exactly with integer columns. */
        private static Object number(double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : d;
        }
    }
}
