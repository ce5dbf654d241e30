package de.kim.rest.internal;

/**
 * A request that failed because of its client, not of the platform: the client broke the body off or closed the
 * connection ({@code EofException}, {@code EOFException}), sent it too slowly ({@link PacedBody.TooSlow}, Jetty's
 * idle timeout while a read waited), or sent what Jetty refuses while reading ({@code BadMessageException}). These
 * are expected refusals: a problem answer (if anybody still listens) and at most one debug line, no stack trace.
 *
 * @param status the answer's status
 * @param detail what went wrong, for the problem's detail
 */
record ClientGone(int status, String detail) {

    /** What the client did, found in the exception or its causes; null if the failure is not the client's. */
    static ClientGone of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PacedBody.TooSlow) {
                return new ClientGone(408, t.getMessage());
            }
            if (t instanceof org.eclipse.jetty.http.BadMessageException bad) {
                return new ClientGone(bad.getCode() >= 400 && bad.getCode() < 500 ? bad.getCode() : 400,
                        "the request could not be read: " + bad.getReason());
            }
            if (t instanceof java.util.concurrent.TimeoutException) {
                return new ClientGone(408, "the request body did not arrive in time");
            }
            if (t instanceof org.eclipse.jetty.io.EofException || t instanceof java.io.EOFException
                    // Jetty 9.4 asked for more of a body whose connection the client has closed
                    || t instanceof IllegalStateException && String.valueOf(t.getMessage()).startsWith("Parser is terminated")) {
                return new ClientGone(400, "the request body broke off before its end");
            }
        }
        return null;
    }
}
