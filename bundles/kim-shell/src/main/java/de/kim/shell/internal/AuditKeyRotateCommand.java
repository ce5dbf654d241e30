package de.kim.shell.internal;

import de.kim.api.access.AuditTrail;
import de.kim.api.access.Callers;
import de.kim.shell.ConsoleCaller;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "kim", name = "audit-key-rotate", description = "Sign the audit trail with a new key from now on"
        + " (older rows keep verifying with the older keys, which stay in the key file)")
public final class AuditKeyRotateCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    AuditTrail audit;

    @Override
    public Object execute() {
        String id = audit.rotateKey(ConsoleCaller.of(callers));
        System.out.println("The audit trail is signed with key " + id + " from now on. Keep the key file safe"
                + " (and, on several nodes, the same file on every node).");
        return null;
    }
}
