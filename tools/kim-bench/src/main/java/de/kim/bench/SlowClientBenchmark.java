package de.kim.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Slow clients against a running platform (issue 29): from one address ({@code --attacker}, 127.0.0.1) it holds
 * {@code --bodies} connections that send {@code POST /api/v1/clients} with {@code Content-Length: 10000} and then
 * one byte every 2 s, and {@code --headers} connections that send a request header one byte every 2 s; a closed
 * one is opened again after a second. Meanwhile a probe from another address ({@code --probe}, 127.0.0.2) reads and
 * writes in turn (a page of cases, a new person). The yardstick is the same probe without the slow clients,
 * measured first in the same run; the figures are the probe's percentiles during the attack, its failures, and
 * their ratio to the yardstick.
 */
final class SlowClientBenchmark {
    private static final long DRIBBLE_NANOS = 2_000_000_000L;
    /** A connection the server closed is opened again after a second, as slowloris tools do. */
    private static final long REOPEN_NANOS = 1_000_000_000L;

    private SlowClientBenchmark() {
    }

    static void main(String[] args) throws Exception {
        URI base = URI.create(RestBenchmark.option(args, "--url", "http://localhost:8181"));
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                RestBenchmark.option(args, "--user", "cm.kreis:kim-demo").getBytes(StandardCharsets.UTF_8));
        int seconds = Integer.parseInt(RestBenchmark.option(args, "--seconds", "60"));
        int bodies = Integer.parseInt(RestBenchmark.option(args, "--bodies", "1000"));
        int headers = Integer.parseInt(RestBenchmark.option(args, "--headers", "1000"));
        InetAddress attacker = InetAddress.getByName(RestBenchmark.option(args, "--attacker", "127.0.0.1"));
        InetAddress probeAddress = InetAddress.getByName(RestBenchmark.option(args, "--probe", "127.0.0.2"));
        System.out.printf(Locale.ROOT, "Slow clients against %s: %d slow bodies + %d slow headers from %s for %d s, a probe"
                + " from %s reading and writing%n", base, bodies, headers, attacker.getHostAddress(), seconds,
                probeAddress.getHostAddress());

        Probe probe = new Probe(base, authorization, probeAddress);
        probe.run(5, null); // warm-up
        Figures yardstick = probe.run(Math.max(10, seconds / 4), null);
        yardstick.print("yardstick (no slow clients)");

        Attack attack = new Attack(base, authorization, attacker, bodies, headers);
        Thread attacking = new Thread(attack::run, "slow-clients");
        attacking.start();
        Thread.sleep(3000); // the connections are opened before the probe starts
        Figures during = probe.run(seconds, attack);
        attack.stop.set(true);
        attacking.join();
        during.print("during the attack");
        System.out.printf(Locale.ROOT, "slow connections: %d opened, at most %d open at once, %d closed by the server%n",
                attack.opened, attack.peakOpen, attack.closedByServer);
        System.out.printf(Locale.ROOT, "ratio p99 during : yardstick = %.1f; p99 during = %.0f ms (target < 1000 ms), "
                + "failed probe requests: %d (target 0)%n", during.p99() / Math.max(0.001, yardstick.p99()),
                during.p99(), during.failures);
    }

    /** Latencies and failures of the probe. */
    record Figures(double[] millis, int failures) {
        double p99() {
            return percentile(0.99);
        }

        double percentile(double p) {
            if (millis.length == 0) {
                return 0;
            }
            return millis[Math.min(millis.length - 1, (int) Math.ceil(p * millis.length) - 1)];
        }

        void print(String name) {
            System.out.printf(Locale.ROOT, "probe, %s: %d requests, %d failed; p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    name, millis.length, failures, percentile(0.5), p99(), percentile(1.0));
        }
    }

    /** Reads a page of cases and creates a person, in turn, on one keep-alive connection from its own address. */
    static final class Probe {
        private final KeepAliveConnection connection;
        private int written;

        Probe(URI base, String authorization, InetAddress local) {
            connection = new KeepAliveConnection(base, authorization, local);
        }

        Figures run(int seconds, Attack attack) {
            List<Double> millis = new ArrayList<>();
            int failures = 0;
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            for (int i = 0; System.nanoTime() < end; i++) {
                long t0 = System.nanoTime();
                try {
                    KeepAliveConnection.Response response = i % 2 == 0 ? connection.get("/api/v1/cases?size=5")
                            : connection.post("/api/v1/clients", "{\"familyName\":\"Langsam\",\"givenNames\":\"Probe "
                                    + (++written) + "\",\"dateOfBirth\":\"1990-01-01\",\"municipality\":\"05958044\"}");
                    if (response.status() != 200 && response.status() != 201) {
                        failures++;
                        System.out.printf("probe: %d %s%n", response.status(), response.body());
                    }
                } catch (IOException | RuntimeException e) {
                    failures++;
                    System.out.printf("probe: %s%n", e);
                    connection.close();
                }
                millis.add((System.nanoTime() - t0) / 1e6);
                if (attack != null && attack.failure != null) {
                    throw new IllegalStateException("the slow clients failed", attack.failure);
                }
            }
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(sorted);
            return new Figures(sorted, failures);
        }
    }

    /** The slow connections, non-blocking on one thread; each sends its next byte 2 s after the last. */
    static final class Attack {
        private final InetSocketAddress server;
        private final InetAddress local;
        private final byte[] body;
        private final byte[] header;
        private final SlowConnection[] connections;
        final AtomicBoolean stop = new AtomicBoolean();
        volatile Exception failure;
        long opened;
        long closedByServer;
        int peakOpen;

        Attack(URI base, String authorization, InetAddress local, int bodies, int headers) {
            this.server = new InetSocketAddress(base.getHost(), base.getPort() < 0 ? 80 : base.getPort());
            this.local = local;
            // with credentials (an insider): a body is read only after the authentication, and reading holds a thread
            this.body = ("POST /api/v1/clients HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: " + authorization
                    + "\r\nContent-Type: application/json"
                    + "\r\nContent-Length: 10000\r\n\r\n{\"familyName\":\"").getBytes(StandardCharsets.ISO_8859_1);
            this.header = ("GET /api/v1/health/ready HTTP/1.1\r\nHost: " + base.getHost() + "\r\nX-Slow: "
                    + "x".repeat(10000)).getBytes(StandardCharsets.ISO_8859_1);
            this.connections = new SlowConnection[bodies + headers];
            for (int i = 0; i < connections.length; i++) {
                connections[i] = new SlowConnection(i < bodies);
            }
        }

        void run() {
            try {
                ByteBuffer drain = ByteBuffer.allocate(4096);
                while (!stop.get()) {
                    long now = System.nanoTime();
                    int open = 0;
                    for (SlowConnection c : connections) {
                        c.step(now, drain);
                        open += c.channel != null && c.channel.isConnected() ? 1 : 0;
                    }
                    peakOpen = Math.max(peakOpen, open);
                    Thread.sleep(20);
                }
            } catch (Exception e) {
                failure = e;
            } finally {
                for (SlowConnection c : connections) {
                    c.close();
                }
            }
        }

        /** One slow connection: the prefix (body start or header) sent byte by byte, one every 2 s. */
        final class SlowConnection {
            private final boolean slowBody;
            SocketChannel channel;
            private int sent;
            private long next;
            private long closedAt;

            SlowConnection(boolean slowBody) {
                this.slowBody = slowBody;
            }

            void step(long now, ByteBuffer drain) throws IOException {
                if (channel == null) {
                    if (closedAt != 0 && now - closedAt < REOPEN_NANOS) {
                        return;
                    }
                    channel = SocketChannel.open();
                    channel.bind(new InetSocketAddress(local, 0));
                    channel.configureBlocking(false);
                    channel.connect(server);
                    opened++;
                    closedAt = 0;
                    sent = 0;
                    next = now;
                    return;
                }
                try {
                    if (channel.isConnectionPending() && !channel.finishConnect()) {
                        return;
                    }
                    drain.clear();
                    if (channel.read(drain) < 0) { // the server closed it (or answered and closed)
                        closedByServer++;
                        close();
                        return;
                    }
                    if (now < next) {
                        return;
                    }
                    byte[] bytes = slowBody ? body : header;
                    // a slow body sends its header at once, then dribbles; a slow header dribbles from the start
                    int length = slowBody && sent == 0 ? bytes.length : 1;
                    if (sent < bytes.length || slowBody) {
                        ByteBuffer out = sent < bytes.length ? ByteBuffer.wrap(bytes, sent, Math.min(length,
                                bytes.length - sent)) : ByteBuffer.wrap(new byte[] {'x'});
                        sent += channel.write(out);
                    }
                    next = now + DRIBBLE_NANOS;
                } catch (IOException e) {
                    closedByServer++;
                    close();
                }
            }

            void close() {
                closedAt = System.nanoTime();
                try {
                    if (channel != null) {
                        channel.close();
                    }
                } catch (IOException ignored) {
                    // closing anyway
                } finally {
                    channel = null;
                }
            }
        }
    }
}
