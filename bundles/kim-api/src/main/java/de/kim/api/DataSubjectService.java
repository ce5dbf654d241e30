package de.kim.api;

import de.kim.api.access.Caller;
import de.kim.api.model.ClientRecord;
import org.osgi.annotation.versioning.ProviderType;

/** The rights of the person the data are about (DSGVO Art. 15 and 17). */
@ProviderType
public interface DataSubjectService {

    /**
     * Everything stored on the client. Only for the client's case team.
     *
     * @throws NotFoundException if the client is not in the caller's full scope
     */
    ClientRecord export(Caller caller, String clientId);

    /**
     * Erases the client and all their cases, with a deletion record each.
     *
     * @throws ConflictException naming the retention rule, the open case or the legal hold that forbids it
     * @throws NotFoundException if the client is not in the caller's full scope
     */
    void erase(Caller caller, String clientId);
}
