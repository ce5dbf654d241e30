package de.kim.rest.internal;

import java.io.IOException;
import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body must keep a pace while the request thread waits for it: once the thread has waited
 * {@link #GRACE_NANOS} in reads, fewer than {@code minBytesPerSecond} bytes per second of waiting end the request
 * with {@link TooSlow} (408), and the thread is free again. Only time spent blocked in a read counts: a small body
 * that arrived long ago but is read late never waits, so it is never too slow (Jetty 9.4's own minimum request
 * data rate counts from the first byte's arrival and refused such bodies: decisions.md). A client sending one byte
 * every two seconds holds a thread for about {@link #GRACE_NANOS} instead of as long as it likes.
 */
final class PacedBody extends HttpServletRequestWrapper {
    /** The time a body may take to get going (TCP slow start, a phone waking up) before the pace is measured. */
    static final long GRACE_NANOS = 5_000_000_000L;

    /** A body that arrives too slowly: answered 408. */
    static final class TooSlow extends IOException {
        private static final long serialVersionUID = 1L;

        TooSlow(long minBytesPerSecond) {
            super("the request body arrived slower than " + minBytesPerSecond + " bytes per second");
        }
    }

    private final long minBytesPerSecond;
    private ServletInputStream paced;

    PacedBody(HttpServletRequest request, long minBytesPerSecond) {
        super(request);
        this.minBytesPerSecond = minBytesPerSecond;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (paced == null) {
            paced = new Paced(super.getInputStream());
        }
        return paced;
    }

    private final class Paced extends ServletInputStream {
        private final ServletInputStream body;
        private long waitedNanos;
        private long bytes;

        Paced(ServletInputStream body) {
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            long start = System.nanoTime();
            int read = body.read();
            count(start, read < 0 ? 0 : 1);
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            long start = System.nanoTime();
            int read = body.read(buffer, offset, length);
            count(start, Math.max(0, read));
            return read;
        }

        private void count(long start, int read) throws TooSlow {
            waitedNanos += System.nanoTime() - start;
            bytes += read;
            if (waitedNanos > GRACE_NANOS && bytes * 1_000_000_000L / waitedNanos < minBytesPerSecond) {
                throw new TooSlow(minBytesPerSecond);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }

        @Override
        public int available() throws IOException {
            return body.available();
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
