package de.kim.bench.commands;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The standard indicators by municipality as one hand-written SQL query each, the yardstick of the
 * indicator benchmark. Each answers (municipality, numerator[, denominator]).
 */
final class HandWrittenIndicators {
    private static final String STARTED = "('IN_PROGRESS', 'ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED')";

    private HandWrittenIndicators() {
    }

    /** The queries in the words of the database behind {@code c}: PostgreSQL compares booleans with TRUE. */
    static Map<String, String> queries(java.sql.Connection c) throws java.sql.SQLException {
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        return queries(postgres ? "TRUE" : "1");
    }

    private static Map<String, String> queries(String yes) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("kim.cases.new", "SELECT OWNER_MUNICIPALITY, COUNT(*) FROM KIM_CASE GROUP BY OWNER_MUNICIPALITY");
        q.put("kim.cases.active", "SELECT OWNER_MUNICIPALITY, COUNT(*) FROM KIM_CASE WHERE PHASE <> 'CLOSED'"
                + " GROUP BY OWNER_MUNICIPALITY");
        q.put("kim.cases.closed", "SELECT OWNER_MUNICIPALITY, COUNT(*) FROM KIM_CASE WHERE PHASE = 'CLOSED'"
                + " GROUP BY OWNER_MUNICIPALITY");
        q.put("kim.cases.first-contact-14d", "SELECT OWNER_MUNICIPALITY, SUM(CASE WHEN FIRST_CONTACT_ON <= "
                + "CAST({fn TIMESTAMPADD(SQL_TSI_DAY, 14, CAST(OPENEDON AS TIMESTAMP))} AS DATE) THEN 1 ELSE 0 END),"
                + " COUNT(*) FROM KIM_CASE GROUP BY OWNER_MUNICIPALITY");
        q.put("kim.cases.closed-within-12m", "SELECT OWNER_MUNICIPALITY, SUM(CASE WHEN CLOSEDON <= "
                + "CAST({fn TIMESTAMPADD(SQL_TSI_DAY, 365, CAST(OPENEDON AS TIMESTAMP))} AS DATE) THEN 1 ELSE 0 END),"
                + " COUNT(*) FROM KIM_CASE WHERE PHASE = 'CLOSED' GROUP BY OWNER_MUNICIPALITY");
        q.put("kim.goals.achieved", "SELECT g.CASE_MUNICIPALITY, SUM(CASE WHEN g.STATUS = 'ACHIEVED' THEN 1 ELSE 0 END),"
                + " COUNT(*) FROM KIM_GOAL g GROUP BY g.CASE_MUNICIPALITY");
        q.put("kim.transitions.seamless", "SELECT k.MUNICIPALITY, SUM(CASE WHEN p.BENEFIT_GAP_DAYS = 0 THEN 1 ELSE 0 END),"
                + " COUNT(*) FROM KIM_LEGAL_DOMAIN_PERIOD p JOIN KIM_CLIENT k ON k.ID = p.CLIENT_ID"
                + " WHERE p.BENEFIT_CHANGE = " + yes + " GROUP BY k.MUNICIPALITY");
        q.put("kim.residence.improved", "SELECT k.MUNICIPALITY, SUM(CASE WHEN r.TITLE IN ('P25A', 'P25B') THEN 1 ELSE 0"
                + " END), COUNT(*) FROM KIM_RESIDENCE_STATUS r JOIN KIM_CLIENT k ON k.ID = r.CLIENT_ID"
                + " WHERE r.PREVIOUS_TITLE = 'DULDUNG' GROUP BY k.MUNICIPALITY");
        q.put("kim.course.started", "SELECT g.CASE_MUNICIPALITY, COUNT(*) FROM KIM_GOAL g"
                + " WHERE g.AREA = 'LANGUAGE' AND g.STATUS IN " + STARTED + " GROUP BY g.CASE_MUNICIPALITY");
        q.put("kim.course.passed", "SELECT g.CASE_MUNICIPALITY, SUM(CASE WHEN g.STATUS = 'ACHIEVED' THEN 1 ELSE 0 END),"
                + " COUNT(*) FROM KIM_GOAL g WHERE g.AREA = 'LANGUAGE'"
                + " AND g.STATUS IN " + STARTED + " GROUP BY g.CASE_MUNICIPALITY");
        q.put("kim.work.taken-up", "SELECT g.CASE_MUNICIPALITY, SUM(CASE WHEN g.STATUS = 'ACHIEVED' THEN 1 ELSE 0 END),"
                + " COUNT(*) FROM KIM_GOAL g WHERE g.AREA = 'WORK'"
                + " GROUP BY g.CASE_MUNICIPALITY");
        q.put("kim.naturalisation.applications", "SELECT c.OWNER_MUNICIPALITY, COUNT(*) FROM KIM_REFERRAL f JOIN KIM_CASE c"
                + " ON c.ID = f.CASE_ID JOIN KIM_OFFICE o ON o.ID = f.TOOFFICEID WHERE o.KIND = 'EBH'"
                + " AND f.STATUS <> 'WITHDRAWN' GROUP BY c.OWNER_MUNICIPALITY");
        return q;
    }
}
