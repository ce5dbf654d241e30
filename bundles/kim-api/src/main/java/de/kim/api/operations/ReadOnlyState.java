package de.kim.api.operations;

import java.time.Instant;

/**
 * Whether the platform refuses changes, since when, on whose switch and why.
 *
 * @param readOnly  true: changes are refused
 * @param since     when the mode was last switched (null: never)
 * @param switchedBy the administrator who switched it last (null: never)
 * @param reason    the reason given, or null
 */
public record ReadOnlyState(boolean readOnly, Instant since, String switchedBy, String reason) {
    public static final ReadOnlyState WRITABLE = new ReadOnlyState(false, null, null, null);
}
