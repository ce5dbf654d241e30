package de.kim.api.operations;

import de.kim.api.access.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The read-only mode of the platform: while it is on, every change of data is refused with
 * {@link ReadOnlyException} (REST: 503), reads and exports keep working. The mode is kept in the
 * database, so it survives a restart; every switch is audited.
 */
@ProviderType
public interface ReadOnlyMode {

    /** The current state. */
    ReadOnlyState state();

    /** Whether changes are refused now. */
    default boolean isOn() {
        return state().readOnly();
    }

    /**
     * Switches the mode (administrators only); switching to the state it is in changes nothing but is
     * audited all the same.
     *
     * @param reason why, shown to everyone whose change is refused (may be null)
     * @throws de.kim.api.access.ForbiddenException if the caller is no administrator
     */
    ReadOnlyState switchTo(Caller caller, boolean readOnly, String reason);
}
