package de.kim.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 keep-alive connection with blocking I/O: the lightest load generator the JDK allows,
 * so that the benchmark measures the server, not its own client, on a machine with few cores.
 * Handles only what the platform answers: Content-Length or chunked bodies, no redirects.
 */
final class KeepAliveConnection implements AutoCloseable {
    /** Status, body and headers (names in lower case) of a response. */
    record Response(int status, String body, java.util.Map<String, String> headers) {
    }

    private final String host;
    private final int port;
    private final String authorization;
    private final java.net.InetAddress local;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    KeepAliveConnection(URI base, String authorization) {
        this(base, authorization, null);
    }

    /** A connection from the local address {@code local} (null: any), e.g. 127.0.0.2 beside load from 127.0.0.1. */
    KeepAliveConnection(URI base, String authorization, java.net.InetAddress local) {
        this.local = local;
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
        this.authorization = authorization;
    }

    Response get(String path) throws IOException {
        return exchange("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + authorization
                + "\r\n\r\n", null);
    }

    Response post(String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return exchange("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + authorization
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n", body);
    }

    private Response exchange(String head, byte[] body) throws IOException {
        boolean reused = socket != null;
        try {
            return once(head, body);
        } catch (IOException e) {
            if (!reused) {
                throw e;
            }
            // the server closed the idle connection meanwhile: once more on a new one
            return once(head, body);
        }
    }

    private Response once(String head, byte[] body) throws IOException {
        if (socket == null) {
            socket = local == null ? new Socket(host, port) : new Socket(host, port, local, 0);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000); // an answer later than 10 s is a failure, not a hang
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16384);
        }
        try {
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private Response read() throws IOException {
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        int length = 0;
        boolean closing = false;
        boolean chunked = false;
        java.util.Map<String, String> headers = new java.util.HashMap<>();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            headers.put(name.toLowerCase(java.util.Locale.ROOT), value);
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(value);
            } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                closing = true;
            } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            }
        }
        byte[] bytes = chunked ? chunks() : in.readNBytes(length);
        if (closing) {
            close();
        }
        return new Response(code, new String(bytes, StandardCharsets.UTF_8), headers);
    }

    private byte[] chunks() throws IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
            body.write(in.readNBytes(size));
            line();
        }
        for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
            // trailers are ignored
        }
        return body.toByteArray();
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed by the server");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        } finally {
            socket = null;
        }
    }
}
