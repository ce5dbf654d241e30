package de.kim.rest.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Slow and greedy clients cannot take the web server from everybody else. Jetty's own settings, applied by {@link
 * WebServer} to the server Pax Web runs:
 * <ul>
 * <li>at most {@code connections.max} connections in total (Jetty's {@link ConnectionLimit}: above it the server
 * stops accepting until one closes);</li>
 * <li>at most {@code connections.per.address} open connections from one client address: a further one is closed
 * at once (0: no such cap, for a platform behind a reverse proxy, which must then cap itself);</li>
 * <li>the header of a connection's first request must be complete within {@code request.header.seconds}, else the
 * connection is closed (reading headers holds no request thread, only a connection);</li>
 * <li>an idle connection is closed after {@code connection.idle.seconds}.</li>
 * </ul>
 * A request body that keeps its thread waiting is refused by {@link PacedBody} (Jetty 9.4's own minimum data rate
 * refuses small bodies that are merely read late, so it stays off).
 * Read from {@code de.kim.limits}; what is missing keeps its default.
 */
final class ConnectionLimits {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConnectionLimits.class);

    /** The settings, with their defaults. */
    record Settings(int maxConnections, int perAddress, long headerMillis, long idleMillis) {
        static Settings of(Map<String, Object> properties) {
            return new Settings(number(properties, "connections.max", 2000),
                    number(properties, "connections.per.address", 64),
                    number(properties, "request.header.seconds", 10) * 1000L,
                    number(properties, "connection.idle.seconds", 15) * 1000L);
        }

        private static int number(Map<String, Object> properties, String key, int fallback) {
            Object value = properties.get(key);
            if (value == null) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(value.toString().trim());
                if (parsed < 0) {
                    throw new NumberFormatException("negative");
                }
                return parsed;
            } catch (NumberFormatException e) {
                LOG.warn("de.kim.limits: {} = {} is no count, {} applies", key, value, fallback);
                return fallback;
            }
        }
    }

    private final Settings settings;
    private final PerAddress perAddress;
    private volatile Server joined;
    private volatile ConnectionLimit total;

    ConnectionLimits(Map<String, Object> properties) {
        this.settings = Settings.of(properties);
        this.perAddress = new PerAddress(settings);
    }

    /** Applies the limits to {@code server} (which may be starting), and lifts them from one it was applied to before. */
    void apply(Server server) {
        if (server == null || server == joined) {
            return;
        }
        lift(); // a server before this one (Pax Web made a new one)
        try {
            for (Connector connector : server.getConnectors()) {
                apply(connector);
            }
            if (settings.maxConnections() > 0) {
                ConnectionLimit limit = new ConnectionLimit(settings.maxConnections(), server);
                server.addBean(limit);
                if (server.isStarted() && !limit.isStarted()) {
                    limit.start();
                }
                total = limit;
            }
            joined = server;
            LOG.info("Connection limits: {} in total, {} per client address, first header within {} ms, idle "
                    + "connections closed after {} ms", settings.maxConnections(), settings.perAddress(),
                    settings.headerMillis(), settings.idleMillis());
        } catch (Exception e) {
            // never keep the web server from starting: it runs with Jetty's defaults then
            LOG.warn("The connection limits could not be applied: {}", e.toString());
        }
    }

    private void apply(Connector connector) {
        if (!(connector instanceof AbstractConnector)) {
            return;
        }
        AbstractConnector abstractConnector = (AbstractConnector) connector;
        if (settings.idleMillis() > 0) {
            abstractConnector.setIdleTimeout(settings.idleMillis());
        }
        // Connection.Listener beans of a connector are given every connection it opens from now on
        perAddress.scheduler = abstractConnector.getScheduler();
        abstractConnector.addBean(perAddress);
    }

    /** Lifts the limits from the server they were applied to. */
    void lift() {
        Server server = joined;
        if (server == null) {
            return;
        }
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof AbstractConnector) {
                ((AbstractConnector) connector).removeBean(perAddress);
            }
        }
        ConnectionLimit limit = total;
        joined = null;
        total = null;
        if (limit != null) {
            server.removeBean(limit);
            try {
                limit.stop();
            } catch (Exception e) {
                LOG.warn("The connection limit could not be lifted: {}", e.toString());
            }
        }
    }

    /** Counts open connections by client address; closes those above the cap and those too slow to say what they want. */
    static final class PerAddress implements Connection.Listener {
        private final Settings settings;
        private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
        private final AtomicInteger refused = new AtomicInteger();
        private volatile Scheduler scheduler;

        PerAddress(Settings settings) {
            this.settings = settings;
        }

        @Override
        public void onOpened(Connection connection) {
            InetAddress address = addressOf(connection);
            if (address != null) {
                int count = open.merge(address, 1, Integer::sum);
                if (settings.perAddress() > 0 && count > settings.perAddress()) {
                    if (refused.getAndIncrement() % 1000 == 0) {
                        LOG.warn("More than {} connections from {}: further ones are closed ({} so far)",
                                settings.perAddress(), address.getHostAddress(), refused.get());
                    }
                    connection.getEndPoint().close();
                    return;
                }
            }
            Scheduler timer = scheduler;
            if (timer != null && settings.headerMillis() > 0 && connection instanceof HttpConnection) {
                HttpConnection http = (HttpConnection) connection;
                timer.schedule(() -> {
                    if (http.getEndPoint().isOpen() && http.getMessagesIn() == 0) {
                        http.getEndPoint().close();
                    }
                }, settings.headerMillis(), TimeUnit.MILLISECONDS);
            }
        }

        @Override
        public void onClosed(Connection connection) {
            InetAddress address = addressOf(connection);
            if (address != null) {
                open.computeIfPresent(address, (a, count) -> count <= 1 ? null : count - 1);
            }
        }

        private static InetAddress addressOf(Connection connection) {
            InetSocketAddress remote = connection.getEndPoint().getRemoteAddress();
            return remote == null ? null : remote.getAddress();
        }
    }
}
