package de.kim.rest.internal;

import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The platform's settings of the Jetty server Pax Web runs: its error pages as problem JSON ({@link
 * ServerErrorPages}) and its connection limits ({@link ConnectionLimits}, from {@code de.kim.limits}). Pax Web hands
 * a {@code Handler} service the server it adds it to, on every (re)start of it; this handler answers no request
 * itself. One handler for both: Pax Web gave only one of two such services the server (the second kept Jetty's
 * HTML error pages).
 */
@Component(service = org.eclipse.jetty.server.Handler.class, configurationPid = RequestLimits.PID)
public final class WebServer extends AbstractHandler {
    private final ConnectionLimits limits;
    private volatile Server joined;

    @Activate
    public WebServer(Map<String, Object> properties) {
        this.limits = new ConnectionLimits(properties);
    }

    @Override
    public void setServer(Server server) {
        super.setServer(server);
        if (server == null) {
            return;
        }
        ServerErrorPages.install(server);
        limits.apply(server);
        joined = server;
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response) {
        // not for requests: the settings act on the server and its connections
    }

    @Deactivate
    void leave() {
        Server server = joined;
        if (server != null) {
            ServerErrorPages.uninstall(server);
            limits.lift();
        }
    }
}
