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
 */
record RequestLimits(long maxBodyBytes, int maxDepth, int maxItems, long maxUploadBytes) {
    static final String PID = "de.kim.limits";
    static final RequestLimits DEFAULTS = new RequestLimits(1_048_576, 32, 1000, 52_428_800);

    static RequestLimits of(Map<String, ?> config) {
        return new RequestLimits(number(config, "request.max.bytes", DEFAULTS.maxBodyBytes()),
                (int) number(config, "json.max.depth", DEFAULTS.maxDepth()),
                (int) number(config, "json.max.items", DEFAULTS.maxItems()),
                number(config, "upload.max.bytes", DEFAULTS.maxUploadBytes()));
    }

    /** Whether a request is the upload of a list to import, the one body that is not JSON. */
    static boolean upload(String method, String path, String contentType) {
        return "POST".equals(method) && path != null && path.replaceAll("/+$", "").endsWith("imports")
                && contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
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
