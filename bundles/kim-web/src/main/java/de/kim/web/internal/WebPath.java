package de.kim.web.internal;

import java.util.Locale;
import java.util.Map;

/**
 * A path below {@code /kim/} resolved to a file of the built application: a file with an extension is
 * itself (assets under {@code assets/} carry a content hash and never change), any other path is a
 * route of the application and resolves to {@code index.html}. Paths that climb out ({@code ..}) or
 * name hidden files resolve to nothing.
 */
record WebPath(String file, String contentType, boolean immutable) {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8",
            "json", "application/json;charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2",
            "txt", "text/plain;charset=UTF-8");
    private static final WebPath INDEX = new WebPath("index.html", TYPES.get("html"), false);

    /** The file for {@code path} (the part after {@code /kim}), or null if there can be none. */
    static WebPath of(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.contains("..") || relative.contains("\\") || relative.contains("/.") || relative.startsWith(".")) {
            return null;
        }
        String last = relative.substring(relative.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot < 0) {
            return INDEX;
        }
        String type = TYPES.get(last.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            return null;
        }
        return new WebPath(relative, type, relative.startsWith("assets/"));
    }
}
