package de.kim.rest.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own answers to requests it refuses before any servlet (a malformed path such as {@code /..;/}, a URI
 * over 8 KB, a broken header) are problem JSON with the security headers, not Jetty's HTML pages: {@link Problems}
 * becomes the server's error handler (which Jetty asks for such answers). Installed by {@link WebServer}.
 */
final class ServerErrorPages {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ServerErrorPages.class);

    private ServerErrorPages() {
    }

    /** Makes {@link Problems} the error handler of {@code server} (which may be starting). */
    static void install(Server server) {
        if (server.getErrorHandler() instanceof Problems) {
            return;
        }
        try {
            // the server may be starting: a handler it starts must know its server before, or it refuses later
            Problems problems = new Problems();
            problems.setServer(server);
            server.setErrorHandler(problems);
        } catch (RuntimeException e) {
            // never keep the web server from starting: its own error pages stay
            LOG.warn("Jetty's error pages could not be replaced by problem JSON: {}", e.toString());
        }
    }

    /** Puts Jetty's own error handler back. */
    static void uninstall(Server server) {
        if (server.getErrorHandler() instanceof Problems) {
            try {
                ErrorHandler plain = new ErrorHandler();
                plain.setServer(server);
                server.setErrorHandler(plain);
            } catch (RuntimeException e) {
                LOG.warn("Jetty's own error handler could not be put back: {}", e.toString());
            }
        }
    }

    /** Problem JSON with the security headers for every error the server itself answers. */
    static final class Problems extends ErrorHandler {
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON = JsonProvider.objectMapper();

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
            secure(fields);
            fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
            return ByteBuffer.wrap(body(status, reason));
        }

        @Override
        public void doError(String target, Request base, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            ApiBoundary.secure(response);
            response.setContentType(Problem.MEDIA_TYPE);
            response.getOutputStream().write(body(response.getStatus(), null));
            base.setHandled(true);
        }

        private static void secure(HttpFields fields) {
            fields.put("Content-Security-Policy", ApiBoundary.CONTENT_SECURITY_POLICY);
            fields.put("X-Content-Type-Options", "nosniff");
            fields.put("X-Frame-Options", "DENY");
            fields.put("Referrer-Policy", "no-referrer");
        }

        private static byte[] body(int status, String reason) {
            String title = org.eclipse.jetty.http.HttpStatus.getMessage(status);
            String detail = reason == null || reason.isBlank() ? title : reason.replaceAll("[^\\x20-\\x7e]", "?");
            try {
                return JSON.writeValueAsBytes(new Problem("about:blank", title, status, detail, null));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return new byte[0];
            }
        }
    }
}
