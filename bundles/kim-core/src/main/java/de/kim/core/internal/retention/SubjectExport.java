package de.kim.core.internal.retention;

import de.kim.api.CaseService;
import de.kim.api.ClientService;
import de.kim.api.FormService;
import de.kim.api.ProcedureService;
import de.kim.api.ReferralService;
import de.kim.api.TimelineService;
import de.kim.api.access.Caller;
import de.kim.api.model.Case;
import de.kim.api.model.ClientRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything on one person, read through the core's services as the caller, so that each part is
 * checked and audited like any other read.
 */
record SubjectExport(ClientService clients, TimelineService timelines, ReferralService referrals, CaseService cases,
        FormService forms, ProcedureService procedures) {

    ClientRecord of(Caller caller, String clientId, Instant now) {
        Caller export = caller;
        List<ClientRecord.CaseRecord> records = new ArrayList<>();
        for (Case c : cases.cases(export, clientId, null, null)) {
            records.add(new ClientRecord.CaseRecord(cases.caseById(export, c.id()), referrals.referrals(export, c.id()),
                    forms.submissions(export, c.id()), procedures.tasks(export, c.id())));
        }
        return new ClientRecord(now, clients.client(export, clientId), timelines.timeline(export, clientId),
                referrals.consents(export, clientId), records);
    }
}
