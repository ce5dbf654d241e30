package de.kim.api.access;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The key that signs the platform's bearer tokens. It is kept across configuration changes; an administrator
 * rotates it explicitly, and tokens signed with the previous key stay valid until they expire (an overlap of at
 * most one token lifetime), so nobody is logged out by a rotation.
 */
@ProviderType
public interface TokenKeys {

    /**
     * Signs new tokens with a new key from now on; the previous key still verifies. Audited.
     *
     * @return the id of the new key
     * @throws ForbiddenException unless the caller is an administrator
     */
    String rotate(Caller caller);
}
