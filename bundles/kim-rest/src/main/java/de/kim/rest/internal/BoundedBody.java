package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Stops reading a request body at the configured size: a body sent without Content-Length (chunked)
 * that grows past it is refused with 413 the moment it does, before it fills the memory.
 */
@Component(service = {RestPart.class, ContainerRequestFilter.class})
@PreMatching
@JaxrsExtension
@JaxrsApplicationSelect(KimApplication.SELECT)
public final class BoundedBody implements RestPart, ContainerRequestFilter {
    private final RestConfiguration configuration;

    @Activate
    public BoundedBody(@Reference RestConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.hasEntity()) {
            RequestLimits limits = configuration.settings().limits();
            boolean upload = RequestLimits.upload(request.getMethod(), request.getUriInfo().getPath(),
                    request.getHeaderString("Content-Type"));
            request.setEntityStream(new Bounded(request.getEntityStream(), upload ? limits.maxUploadBytes()
                    : limits.maxBodyBytes()));
        }
    }

    /** A body that grew past the limit while it was read: 413. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(long max) {
            super("the request body is larger than " + max + " bytes; at most " + max + " are accepted");
        }
    }

    static final class Bounded extends FilterInputStream {
        private final long max;
        private long read;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > max) {
                throw new TooLarge(max);
            }
        }
    }
}
