package de.kim.shell.internal;

import de.kim.shell.ConsoleCaller;
import de.kim.api.access.AuditTrail;
import de.kim.api.access.Callers;
import de.kim.api.access.ChainVerification;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "kim", name = "audit-verify", description = "Check the hash chain of the whole audit trail")
public final class AuditVerifyCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    AuditTrail audit;

    @Override
    public Object execute() {
        ChainVerification result = audit.verify(ConsoleCaller.of(callers),
                checked -> System.out.println("  " + checked + " rows checked …"));
        if (result.intact()) {
            System.out.println("Audit chain intact: " + result.checked() + " rows verified in " + result.millis()
                    + " ms; " + result.unsealed() + " rows not yet sealed");
        } else {
            String where = (result.firstBrokenId() == null ? "" : "row " + result.firstBrokenId() + " ")
                    + (result.firstBrokenSeal() == null ? "" : "(chain position " + result.firstBrokenSeal() + ")");
            System.out.println("Audit chain BROKEN" + (where.isEmpty() ? "" : " at " + where.strip()) + ": "
                    + result.problem());
            System.out.println(result.checked() + " rows before it verified; " + result.unsealed()
                    + " rows not yet sealed");
        }
        return null;
    }
}
