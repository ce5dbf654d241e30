package de.kim.core.internal.indicators;

import de.kim.core.internal.extension.DefinitionCompiler;
import de.kim.core.internal.extension.Kind;
import de.kim.core.internal.logic.JsonRule;
import de.kim.core.internal.logic.SqlCondition;
import de.kim.core.internal.persistence.SqlDialect;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Checks an indicator definition ({@code numerator}, optional {@code denominator}: each a
 * {@code fact}, a {@code filter} rule and the {@code date} field periods refer to) by translating its
 * filters to SQL, so an unknown fact or field is refused when the bundle starts.
 */
@Component(service = DefinitionCompiler.class, property = "kim.definition.kind=INDICATOR")
public final class IndicatorCompiler implements DefinitionCompiler {

    @Override
    public Kind kind() {
        return Kind.INDICATOR;
    }

    @Override
    public IndicatorModel compile(Map<String, Object> raw) {
        IndicatorModel.Measure numerator = measure(raw.get("numerator"), "numerator");
        if (numerator == null) {
            throw new IllegalArgumentException("'numerator' is required");
        }
        return new IndicatorModel(numerator, measure(raw.get("denominator"), "denominator"));
    }

    static IndicatorModel.Measure measure(Object value, String name) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> m) || !(m.get("fact") instanceof String code)) {
            throw new IllegalArgumentException("'" + name + "' needs a 'fact'");
        }
        try {
            Fact fact = Fact.ofCode(code);
            Object filter = m.get("filter");
            JsonRule.check(filter);
            SqlCondition.of(filter, fact.fields(), SqlDialect.DERBY); // translatable at all: the same on both
            String date = m.get("date") == null ? fact.defaultDate() : String.valueOf(m.get("date"));
            if (!fact.fields().containsKey(date)) {
                throw new IllegalArgumentException("unknown date field '" + date + "'");
            }
            return new IndicatorModel.Measure(fact, filter, date);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage());
        }
    }
}
