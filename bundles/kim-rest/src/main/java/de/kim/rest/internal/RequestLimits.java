package de.kim.rest.internal;

import java.util.Map;

/**
 * How large a request to {@code /api/v1} may be: bytes of the body, nesting depth of its JSON and
 * items per JSON array. Read from the configuration {@code de.kim.limits}; what is missing keeps its
 * default.
 *
 * @param maxBodyBytes a larger body is refused with 413 before it is read
 * @param maxDepth     deeper nested JSON is refused with 400
 * @param maxItems     a JSON array with more items is refused with 400 naming the field
 * @param maxUploadBytes a larger upload of a list to import ({@code POST /imports}, multipart) is refused with 413
 * @param minBytesPerSecond a body arriving slower than this while the request waits for it is refused with 408
 */
record RequestLimits(long maxBodyBytes, int maxDepth, int maxItems, long maxUploadBytes, long minBytesPerSecond) {
    static final String PID = "de.kim.limits";
    static final RequestLimits DEFAULTS = new RequestLimits(1_048_576, 32, 1000, 52_428_800, 256);

    static RequestLimits of(Map<String, ?> config) {
        return new RequestLimits(number(config, "request.max.bytes", DEFAULTS.maxBodyBytes()),
                (int) number(config, "json.max.depth", DEFAULTS.maxDepth()),
                (int) number(config, "json.max.items", DEFAULTS.maxItems()),
                number(config, "upload.max.bytes", DEFAULTS.maxUploadBytes()),
                number(config, "request.min.bytes.per.second", DEFAULTS.minBytesPerSecond()));
    }

    /** The media types a document is uploaded as (its type is read from its content again). */
    static final java.util.Set<String> DOCUMENT_TYPES = java.util.Set.of("application/pdf", "image/png", "image/jpeg");

    /**
     * Whether a request is an upload, the bodies that are not JSON: a list to import ({@code POST /imports},
     * multipart) or a document ({@code POST /clients/{id}/documents}, PDF, PNG or JPEG).
     */
    static boolean upload(String method, String path, String contentType) {
        if (!"POST".equals(method) || path == null || contentType == null) {
            return false;
        }
        String at = path.replaceAll("/+$", "");
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return at.endsWith("imports") && type.startsWith("multipart/form-data")
                || document(at) && DOCUMENT_TYPES.contains(type.split(";")[0].strip());
    }

    /** Whether the path is that of a person's documents. */
    static boolean document(String path) {
        return path.matches("(.*/)?clients/[^/]+/documents");
    }

    private static long number(Map<String, ?> config, String key, long fallback) {
        Object value = config == null ? null : config.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.toString().trim());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
