package de.kim.core.internal.indicators;

import de.kim.api.model.Dimension;
import de.kim.core.internal.logic.SqlField;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts of the core model that indicators count, each as SQL: the tables, the fields a filter
 * may use, and the expression of every dimension it can be broken down by.
 */
public enum Fact {
    CASES("cases", "KIM_CASE c", "openedOn"),
    CLIENTS("clients", "KIM_CLIENT k", "arrivalDate"),
    PERIODS("periods", "KIM_LEGAL_DOMAIN_PERIOD p JOIN KIM_CLIENT k ON k.ID = p.CLIENT_ID", "fromDate"),
    RESIDENCE_STATUSES("residenceStatuses", "KIM_RESIDENCE_STATUS r JOIN KIM_CLIENT k ON k.ID = r.CLIENT_ID",
            "validFrom"),
    REFERRALS("referrals", "KIM_REFERRAL f JOIN KIM_CASE c ON c.ID = f.CASE_ID JOIN KIM_OFFICE o ON o.ID = f.TOOFFICEID",
            "createdOn"),
    GOALS("goals", "KIM_GOAL g", "agreedOn"),
    FORM_FIELDS("formFields", "KIM_FORM_FIELD x JOIN KIM_CASE c ON c.ID = x.CASE_ID", "submittedOn");

    /** The benefit Rechtskreise, of which a client is in at most one at a time. */
    static final String BENEFIT_DOMAINS = "('AsylbLG', 'SGB2', 'SGB12')";

    private final String code;
    private final String from;
    private final String defaultDate;
    private final Map<String, SqlField> fields = new LinkedHashMap<>();
    private final Map<Dimension, String> dimensions = new EnumMap<>(Dimension.class);

    Fact(String code, String from, String defaultDate) {
        this.code = code;
        this.from = from;
        this.defaultDate = defaultDate;
    }

    static {
        CASES.caseFields();
        CASES.clientDimensions("c.CLIENT_ID", "c.OWNER_MUNICIPALITY");
        CASES.dimensions.put(Dimension.TARGET_GROUP, "c.TARGETGROUP");

        CLIENTS.fields.put("municipality", SqlField.text("k.MUNICIPALITY"));
        CLIENTS.fields.put("nationality", SqlField.text("k.NATIONALITY"));
        CLIENTS.fields.put("arrivalDate", SqlField.date("k.ARRIVALDATE"));
        CLIENTS.fields.put("employable", SqlField.bool("k.EMPLOYABLE"));
        CLIENTS.clientDimensions("k.ID", "k.MUNICIPALITY");

        PERIODS.fields.put("domain", SqlField.text("p.DOMAIN"));
        PERIODS.fields.put("fromDate", SqlField.date("p.FROM_DATE"));
        PERIODS.fields.put("toDate", SqlField.date("p.TO_DATE"));
        PERIODS.fields.put("benefitChange", SqlField.bool("p.BENEFIT_CHANGE"));
        PERIODS.fields.put("gapDays", SqlField.number("p.BENEFIT_GAP_DAYS"));
        PERIODS.fields.put("seamless", SqlField.number("CASE WHEN p.BENEFIT_GAP_DAYS = 0 THEN 1 ELSE 0 END"));
        PERIODS.clientDimensions("p.CLIENT_ID", "k.MUNICIPALITY");
        PERIODS.dimensions.put(Dimension.LEGAL_DOMAIN, "p.DOMAIN");

        RESIDENCE_STATUSES.fields.put("title", SqlField.text("r.TITLE"));
        RESIDENCE_STATUSES.fields.put("validFrom", SqlField.date("r.VALIDFROM"));
        RESIDENCE_STATUSES.fields.put("validTo", SqlField.date("r.VALIDTO"));
        RESIDENCE_STATUSES.fields.put("previousTitle", SqlField.text("r.PREVIOUS_TITLE"));
        RESIDENCE_STATUSES.clientDimensions("r.CLIENT_ID", "k.MUNICIPALITY");
        RESIDENCE_STATUSES.dimensions.put(Dimension.RESIDENCE_STATUS, "r.TITLE");

        REFERRALS.caseFields();
        REFERRALS.fields.put("kind", SqlField.text("f.KIND"));
        REFERRALS.fields.put("purpose", SqlField.text("f.PURPOSE"));
        REFERRALS.fields.put("status", SqlField.text("f.STATUS"));
        REFERRALS.fields.put("officeKind", SqlField.text("o.KIND"));
        REFERRALS.fields.put("createdOn", SqlField.date("f.CREATEDON"));
        REFERRALS.fields.put("deadline", SqlField.date("f.DEADLINE"));
        REFERRALS.dimensions.putAll(CASES.dimensions);

        GOALS.fields.put("ownerMunicipality", SqlField.text("g.CASE_MUNICIPALITY"));
        GOALS.fields.put("targetGroup", SqlField.text("g.CASE_TARGET_GROUP"));
        GOALS.fields.put("area", SqlField.text("g.AREA"));
        GOALS.fields.put("status", SqlField.text("g.STATUS"));
        GOALS.fields.put("agreedOn", SqlField.date("g.AGREEDON"));
        GOALS.fields.put("dueDate", SqlField.date("g.DUEDATE"));
        GOALS.clientDimensions("g.CLIENT_ID", "g.CASE_MUNICIPALITY");
        GOALS.dimensions.put(Dimension.TARGET_GROUP, "g.CASE_TARGET_GROUP");
        GOALS.dimensions.put(Dimension.TOPIC_AREA, "g.AREA");

        FORM_FIELDS.caseFields();
        FORM_FIELDS.fields.put("form", SqlField.text("x.FORM_ID"));
        FORM_FIELDS.fields.put("field", SqlField.text("x.FIELD"));
        FORM_FIELDS.fields.put("value", SqlField.text("x.FIELD_VALUE"));
        FORM_FIELDS.fields.put("submittedOn", SqlField.date("x.SUBMITTED_ON"));
        FORM_FIELDS.dimensions.putAll(CASES.dimensions);
    }

    private void caseFields() {
        fields.put("phase", SqlField.text("c.PHASE"));
        fields.put("targetGroup", SqlField.text("c.TARGETGROUP"));
        fields.put("ownerMunicipality", SqlField.text("c.OWNER_MUNICIPALITY"));
        fields.put("openedOn", SqlField.date("c.OPENEDON"));
        fields.put("closedOn", SqlField.date("c.CLOSEDON"));
        fields.put("firstContactOn", SqlField.date("c.FIRST_CONTACT_ON"));
        fields.put("closureReason", SqlField.text("c.CLOSUREREASON"));
        fields.put("waitingDays", SqlField.number(days("c.OPENEDON", "c.FIRST_CONTACT_ON")));
        fields.put("durationDays", SqlField.number(days("c.OPENEDON", "c.CLOSEDON")));
    }

    private void clientDimensions(String clientId, String municipality) {
        dimensions.put(Dimension.MUNICIPALITY, municipality);
        dimensions.put(Dimension.LEGAL_DOMAIN, "(SELECT MAX(ld.DOMAIN) FROM KIM_LEGAL_DOMAIN_PERIOD ld WHERE ld.CLIENT_ID = "
                + clientId + " AND ld.TO_DATE IS NULL AND ld.DOMAIN IN " + BENEFIT_DOMAINS + ")");
        dimensions.put(Dimension.RESIDENCE_STATUS, "(SELECT MAX(rs.TITLE) FROM KIM_RESIDENCE_STATUS rs WHERE rs.CLIENT_ID = "
                + clientId + " AND rs.VALIDTO IS NULL)");
    }

    private static String days(String from, String to) {
        return "{fn TIMESTAMPDIFF(SQL_TSI_DAY, CAST(" + from + " AS TIMESTAMP), CAST(" + to + " AS TIMESTAMP))}";
    }


    public String code() {
        return code;
    }

    String from() {
        return from;
    }

    String defaultDate() {
        return defaultDate;
    }

    /** Filter fields: name to SQL expression and type. */
    public Map<String, SqlField> fields() {
        return fields;
    }

    /** The SQL expression of a dimension, or null if this fact cannot be broken down by it. */
    String dimension(Dimension d) {
        return dimensions.get(d);
    }

    public static Fact ofCode(String code) {
        for (Fact f : values()) {
            if (f.code.equals(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown fact '" + code + "'; known: cases, clients, periods,"
                + " residenceStatuses, referrals, goals, formFields");
    }
}
