package de.kim.api.access;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Wrong passwords counted per user name and per client address, shared by every entry that takes a
 * password (REST, the SSH console, JMX): after too many failures in a row the user (or the address) is
 * locked for a while, on every entry at once. While locked, even the right password is refused; a
 * successful login clears the user's count (not the address's).
 */
@ProviderType
public interface LoginLockout {

    /** Milliseconds the user or the address stays locked, 0 if neither is; {@code address} may be null. */
    long lockedFor(String user, String address);

    /** Counts a wrong password for the user and the address ({@code address} may be null). */
    void failed(String user, String address);

    /**
     * When the user was last locked (epoch milliseconds), 0 if not recently: whatever was issued to the user before
     * (a token) stays revoked, also once the lock is over.
     */
    default long lockedAt(String user) {
        return 0;
    }

    /** Clears the user's count after a right password. */
    void succeeded(String user);
}
