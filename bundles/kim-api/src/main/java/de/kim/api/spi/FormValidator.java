package de.kim.api.spi;

import de.kim.api.Violation;
import de.kim.api.model.Case;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/** Checks what JSON Schema cannot: rules across fields or against the case. */
@ConsumerType
public interface FormValidator {

    /** The id of the form this validator checks. */
    String formId();

    /** @return one violation per failing field; empty if the data is fine */
    List<Violation> validate(Map<String, Object> data, Case kimCase);
}
