package de.kim.shell.internal.login;

import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's SSH server forwards nothing: Karaf creates it accepting every port forwarding (local {@code -L},
 * remote {@code -R}, agent, X11), so any user who may log in could use the platform's machine as a relay into
 * its network or open a listening port on it. The server is a service (re-registered when its configuration
 * changes); each one gets the filter that rejects all forwarding before any user can ask.
 */
@Component(service = {}, immediate = true)
public final class ConsoleForwarding {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleForwarding.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindServer(SshServer server) {
        server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        LOG.info("SSH console on port {}: port, agent and X11 forwarding rejected", server.getPort());
    }

    void unbindServer(SshServer server) {
        // the server is stopped with its registration
    }
}
