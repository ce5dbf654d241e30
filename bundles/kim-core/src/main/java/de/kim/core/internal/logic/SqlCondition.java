package de.kim.core.internal.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Translates a {@link JsonRule} into an SQL condition over named columns, with every literal as a
 * bind parameter, so that indicator filters run in the database. Supports {@code and or ! !! == !=
 * < <= > >= in} over {@code var} and literals.
 *
 * @param sql        the condition, e.g. {@code (c.PHASE = ? AND c.TARGETGROUP IN (?, ?))}
 * @param parameters the literals in order
 */
public record SqlCondition(String sql, List<Object> parameters) {

    /** The condition that is always true. */
    public static final SqlCondition TRUE = new SqlCondition("1 = 1", List.of());

    /**
     * @param columns the fields a rule may name, each with its SQL expression
     * @throws IllegalArgumentException for an operator or field that cannot be translated
     */
    public static SqlCondition of(Object rule, Map<String, String> columns) {
        if (rule == null) {
            return TRUE;
        }
        List<Object> parameters = new ArrayList<>();
        String sql = new Translation(columns, parameters).condition(rule);
        return new SqlCondition(sql, List.copyOf(parameters));
    }

    private record Translation(Map<String, String> columns, List<Object> parameters) {

        String condition(Object rule) {
            if (rule instanceof Boolean b) {
                return b ? "1 = 1" : "1 = 0";
            }
            if (!(rule instanceof Map<?, ?> map) || map.size() != 1) {
                throw new IllegalArgumentException("an indicator filter must be a rule object, got " + rule);
            }
            Map.Entry<?, ?> op = map.entrySet().iterator().next();
            String operator = String.valueOf(op.getKey());
            List<?> args = op.getValue() instanceof List<?> l ? l : List.of(op.getValue());
            switch (operator) {
                case "and":
                case "or": {
                    List<String> parts = new ArrayList<>();
                    for (Object a : args) {
                        parts.add(condition(a));
                    }
                    return "(" + String.join(" " + operator.toUpperCase() + " ", parts) + ")";
                }
                case "!":
                    return "NOT (" + condition(args.get(0)) + ")";
                case "!!":
                    return value(args.get(0)) + " IS NOT NULL";
                case "==":
                case "===":
                    return equality(args, false);
                case "!=":
                case "!==":
                    return equality(args, true);
                case "<":
                case "<=":
                case ">":
                case ">=":
                    if (args.size() == 3) {
                        String low = operator.startsWith("<") ? operator : operator.replace('>', '<');
                        return "(" + value(args.get(0)) + " " + low + " " + value(args.get(1)) + " AND "
                                + value(args.get(1)) + " " + low + " " + value(args.get(2)) + ")";
                    }
                    return value(args.get(0)) + " " + operator + " " + value(args.get(1));
                case "in":
                    return in(args);
                default:
                    throw new IllegalArgumentException("operator '" + operator + "' cannot be used in an indicator filter");
            }
        }

        private String equality(List<?> args, boolean negated) {
            Object left = args.get(0);
            Object right = args.size() > 1 ? args.get(1) : null;
            if (left == null || right == null) {
                return value(left == null ? right : left) + (negated ? " IS NOT NULL" : " IS NULL");
            }
            return value(left) + (negated ? " <> " : " = ") + value(right);
        }

        private String in(List<?> args) {
            if (args.size() != 2 || !(args.get(1) instanceof List<?> options)) {
                throw new IllegalArgumentException("an indicator filter can use 'in' only with a list of values");
            }
            if (options.isEmpty()) {
                return "1 = 0";
            }
            List<String> placeholders = new ArrayList<>();
            for (Object o : options) {
                placeholders.add(value(o));
            }
            return value(args.get(0)) + " IN (" + String.join(", ", placeholders) + ")";
        }

        private String value(Object operand) {
            if (operand instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("var")) {
                Object name = map.get("var");
                if (name instanceof List<?> l) {
                    name = l.isEmpty() ? null : l.get(0);
                }
                String column = columns.get(String.valueOf(name));
                if (column == null) {
                    throw new IllegalArgumentException("unknown field '" + name + "'; known: "
                            + new java.util.TreeSet<>(columns.keySet()));
                }
                return column;
            }
            if (operand instanceof Map<?, ?> || operand instanceof List<?>) {
                throw new IllegalArgumentException("only fields and values can be compared in an indicator filter: "
                        + operand);
            }
            parameters.add(operand instanceof Boolean b ? (b ? 1 : 0) : operand);
            return "?";
        }
    }
}
