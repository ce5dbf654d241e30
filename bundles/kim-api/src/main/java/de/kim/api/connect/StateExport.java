package de.kim.api.connect;

import de.kim.api.access.Caller;
import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The export to the state's KIM database (§20 TIntG): the standard indicators of a year per
 * municipality, legal domain and target group, with small-cell and complementary suppression, in the
 * format of the JSON Schema {@link #schema()}. Coordination and steering group only.
 */
@ProviderType
public interface StateExport {

    enum Format {
        JSON("application/json"), CSV("text/csv");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An export and its record. */
    record File(StateExportRecord record, byte[] content) {
    }

    /** Builds the export of {@code period}, records it, and returns it. */
    File export(Caller caller, int period, Format format);

    /** The exports made, newest first. */
    List<StateExportRecord> records(Caller caller, int limit);

    /** The JSON Schema of the JSON format. */
    String schema();
}
