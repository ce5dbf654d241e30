package de.kim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each violation carries a machine code that clients translate, read from the rule's message. */
class ViolationTest {

    @Test
    void theMessagesOfThePlatformsRulesHaveTheirCodes() {
        assertEquals("required", new Violation("familyName", "must not be blank").code());
        assertEquals("required", new Violation("text", "is required").code());
        assertEquals("too-long", new Violation("street", "at most 200 characters").code());
        assertEquals("out-of-range", new Violation("dateOfBirth", "must lie between 1900-01-01 and today").code());
        assertEquals("not-a-postal-code", new Violation("address.postalCode", "must be a German postal code of five digits").code());
        assertEquals("not-a-country", new Violation("nationality", "must be an ISO 3166-1 alpha-3 code such as SYR").code());
        assertEquals("unknown", new Violation("municipality", "no municipality with AGS 05958999 in the directory").code());
        assertEquals("not-an-ags", new Violation("municipality", "must be the AGS (8 digits) of the municipality").code());
        assertEquals("too-small", new Violation("householdSize", "must have a minimum value of 1").code());
        assertEquals("not-a-date", new Violation("dueDate", "value 'x' is not a date (YYYY-MM-DD)").code());
        assertEquals("wrong-type", new Violation("size", "expected a whole number").code());
        assertEquals("invalid", new Violation("x", "something nobody foresaw").code());
        assertEquals("kept", new Violation("x", "is required", "kept").code());
    }
}
