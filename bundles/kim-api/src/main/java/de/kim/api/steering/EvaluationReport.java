package de.kim.api.steering;

import de.kim.api.access.Caller;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The evaluation report of a period for the steering group and political decision-makers (§20 TIntG):
 * summary, every indicator as a chart by municipality and over time, needs assessment, posts and
 * caseloads, structural findings and decisions; suppressed everywhere. Coordination and steering group only.
 */
@ProviderType
public interface EvaluationReport {

    /** Output formats. */
    enum Format {
        PDF("application/pdf"), HTML("text/html; charset=UTF-8");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    /**
     * Renders the report.
     *
     * @param progress told what is being done, as a share from 0 to 1 and a German step name
     */
    byte[] render(Caller caller, int period, Format format, Progress progress);

    /** What a long rendering reports on the way. */
    @FunctionalInterface
    interface Progress {
        void step(double share, String what);

        static Progress none() {
            return (share, what) -> { };
        }

        static Progress of(Consumer<String> sink) {
            return (share, what) -> sink.accept(Math.round(share * 100) + " % " + what);
        }
    }
}
