package de.kim.api.operations;

import de.kim.api.KimException;

/** A change refused because the platform is in read-only mode (REST: 503 with a problem naming the mode). */
public final class ReadOnlyException extends KimException {
    private static final long serialVersionUID = 1L;

    public ReadOnlyException(ReadOnlyState state) {
        super("the platform is in read-only mode" + (state.since() == null ? "" : " since " + state.since())
                + (state.reason() == null || state.reason().isBlank() ? "" : ": " + state.reason())
                + "; reads and exports work, changes are refused until an administrator switches it off");
    }

    @Override
    public String title() {
        return "Read-only mode";
    }
}
