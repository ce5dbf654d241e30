package de.kim.shell.internal;

import de.kim.api.access.Callers;
import de.kim.api.access.TokenKeys;
import de.kim.shell.ConsoleCaller;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "kim", name = "token-key-rotate", description = "Sign bearer tokens with a new key from now on"
        + " (tokens of the previous key stay valid until they expire)")
public final class TokenKeyRotateCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    TokenKeys keys;

    @Override
    public Object execute() {
        String id = keys.rotate(ConsoleCaller.of(callers));
        System.out.println("Bearer tokens are signed with key " + id + " from now on; tokens of the previous key"
                + " stay valid until they expire. Several nodes: rotate on each, or restart them on the shared file.");
        return null;
    }
}
