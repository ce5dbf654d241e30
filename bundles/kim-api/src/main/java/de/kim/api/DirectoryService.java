package de.kim.api;

import de.kim.api.model.District;
import de.kim.api.model.LegalDomain;
import de.kim.api.model.Municipality;
import de.kim.api.model.Office;
import de.kim.api.model.OfficeQuery;
import de.kim.api.model.ServiceOffer;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The directory of the district: its municipalities, the offices responsible for them per legal
 * domain, and the services on offer.
 */
@ProviderType
public interface DirectoryService {

    /** The district, if the directory has been loaded. */
    Optional<District> district();

    /** The municipalities, ordered by name; only KIM participants if {@code kimOnly}. */
    List<Municipality> municipalities(boolean kimOnly);

    /** @throws NotFoundException if no municipality has this AGS */
    Municipality municipality(String ags);

    /** The offices matching every non-null filter of {@code query}, ordered by name. */
    List<Office> offices(OfficeQuery query);

    /** @throws NotFoundException if there is no such office */
    Office office(long id);

    /** @throws ValidationException if the office breaks a rule of the model */
    Office createOffice(Office office);

    /**
     * Replaces the office's data.
     *
     * @throws NotFoundException   if there is no such office
     * @throws ValidationException if the new data break a rule of the model
     */
    Office updateOffice(long id, Office office);

    /**
     * @throws NotFoundException if there is no such office
     * @throws ConflictException if services still name it as their provider
     */
    void deleteOffice(long id);

    /**
     * The office responsible for {@code legalDomain} in the municipality {@code ags}. Public
     * authorities come before other providers, and among those the most local office (the one
     * responsible for the fewest municipalities) wins.
     *
     * @throws NotFoundException if the municipality is unknown or no office is responsible
     */
    Office responsibleOffice(String ags, LegalDomain legalDomain);

    /** The services, optionally only those offered in {@code municipality} (AGS, may be null). */
    List<ServiceOffer> services(String municipality);

    /** @throws NotFoundException if there is no such service */
    ServiceOffer service(long id);

    /** @throws ValidationException if the service breaks a rule of the model */
    ServiceOffer createService(ServiceOffer service);

    /**
     * @throws NotFoundException   if there is no such service
     * @throws ValidationException if the new data break a rule of the model
     */
    ServiceOffer updateService(long id, ServiceOffer service);

    /** @throws NotFoundException if there is no such service */
    void deleteService(long id);
}
