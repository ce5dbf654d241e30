package de.kim.itest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

/**
 * A real SSH login to the container's console (Apache SSHD's client, the library Karaf's own server is built
 * on): password authentication, then one command per login, as {@code ssh -p PORT user@host CMD} does (Karaf
 * closes the session when an exec command has run).
 */
final class ConsoleSsh implements AutoCloseable {
    private final SshClient client;
    private ClientSession session;
    private final int port;
    private final String user;
    private final String password;

    private ConsoleSsh(SshClient client, ClientSession session, int port, String user, String password) {
        this.client = client;
        this.session = session;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    private static ClientSession connect(SshClient client, int port, String user, String password) throws Exception {
        ClientSession session = client.connect(user, "127.0.0.1", port).verify(15, TimeUnit.SECONDS).getSession();
        session.addPasswordIdentity(password);
        session.auth().verify(15, TimeUnit.SECONDS);
        return session;
    }

    /** Logs in; throws if the password is refused (wrong, or the user is locked). */
    static ConsoleSsh login(int port, String user, String password) throws Exception {
        SshClient client = SshClient.setUpDefaultClient();
        // the container's host key is new with every container: accept it (quietly)
        client.setServerKeyVerifier((clientSession, address, key) -> true);
        client.start();
        try {
            return new ConsoleSsh(client, connect(client, port, user, password), port, user, password);
        } catch (Exception e) {
            client.stop();
            throw e;
        }
    }

    /** Whether the password is accepted (false: wrong, or the user or address is locked). */
    static boolean accepts(int port, String user, String password) throws Exception {
        try (ConsoleSsh ignored = login(port, user, password)) {
            return true;
        } catch (org.apache.sshd.common.SshException e) {
            return false;
        }
    }

    /** Runs one command line and returns what it printed (standard output and error). */
    String run(String command) throws Exception {
        if (session == null || session.isClosing() || !session.isOpen()) {
            session = connect(client, port, user, password);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ChannelExec channel = session.createExecChannel(command)) {
            channel.setOut(out);
            channel.setErr(out);
            channel.open().verify(15, TimeUnit.SECONDS);
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TimeUnit.SECONDS.toMillis(60));
        }
        session.close(false);
        session = null;
        return out.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[;\\d]*m", "");
    }

    /** Opens a direct TCP/IP channel (what {@code ssh -L} and {@code ssh -W} use) to 127.0.0.1:{@code port}. */
    void forwardTo(int port) throws Exception {
        if (session == null) {
            session = connect(client, this.port, user, password);
        }
        try (org.apache.sshd.client.channel.ChannelDirectTcpip channel = session.createDirectTcpipChannel(
                new org.apache.sshd.common.util.net.SshdSocketAddress("127.0.0.1", 0),
                new org.apache.sshd.common.util.net.SshdSocketAddress("127.0.0.1", port))) {
            channel.open().verify(15, TimeUnit.SECONDS);
        }
    }

    /** Asks the server to listen on 127.0.0.1:{@code port} and forward to this client (what {@code ssh -R} does). */
    void listenOnServer(int port) throws Exception {
        if (session == null) {
            session = connect(client, this.port, user, password);
        }
        session.startRemotePortForwarding(new org.apache.sshd.common.util.net.SshdSocketAddress("127.0.0.1", port),
                new org.apache.sshd.common.util.net.SshdSocketAddress("127.0.0.1", 9));
    }

    /** Types {@code lines} into an interactive shell (with a terminal), then logs out; what the shell showed. */
    String typeInShell(String... lines) throws Exception {
        if (session == null || session.isClosing() || !session.isOpen()) {
            session = connect(client, port, user, password);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.sshd.client.channel.ChannelShell shell = session.createShellChannel()) {
            shell.setOut(out);
            shell.setErr(out);
            shell.open().verify(15, TimeUnit.SECONDS);
            java.io.OutputStream in = shell.getInvertedIn();
            Thread.sleep(1500);
            for (String line : lines) {
                in.write((line + "\r").getBytes(StandardCharsets.UTF_8));
                in.flush();
                Thread.sleep(1000);
            }
            in.write("logout\r".getBytes(StandardCharsets.UTF_8));
            in.flush();
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TimeUnit.SECONDS.toMillis(20));
        }
        session.close(false);
        session = null;
        return out.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[;?\\d]*[a-zA-Z]", "");
    }

    /** Lists a folder over SFTP; throws if the server offers no SFTP. */
    java.util.List<String> sftpList(String folder) throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (session == null) {
            session = connect(client, port, user, password);
        }
        try (org.apache.sshd.sftp.client.SftpClient sftp =
                org.apache.sshd.sftp.client.SftpClientFactory.instance().createSftpClient(session)) {
            for (org.apache.sshd.sftp.client.SftpClient.DirEntry entry : sftp.readDir(folder)) {
                names.add(entry.getFilename());
            }
        }
        return names;
    }

    @Override
    public void close() throws Exception {
        try {
            if (session != null) {
                session.close();
            }
        } finally {
            client.stop();
        }
    }
}
