package de.kim.core.internal.directory;

import de.kim.api.NotFoundException;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.Office;
import de.kim.api.model.ServiceOffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;

/**
 * Validates and writes offices and services inside a caller's transaction; shared by the directory
 * service and the seed loader so both keep the same rules.
 */
final class DirectoryWriter {
    private final EntityManager em;

    DirectoryWriter(EntityManager em) {
        this.em = em;
    }

    OfficeEntity createOffice(Office office) {
        failOn(rules().check(office));
        OfficeEntity entity = new OfficeEntity(office, municipalities(office.municipalities()));
        em.persist(entity);
        return entity;
    }

    OfficeEntity updateOffice(long id, Office office) {
        OfficeEntity entity = existingOffice(id);
        failOn(rules().check(office));
        entity.assign(office, municipalities(office.municipalities()));
        return entity;
    }

    ServiceOfferEntity createService(ServiceOffer service) {
        List<Violation> violations = new ArrayList<>(rules().check(service));
        OfficeEntity provider = provider(service, violations);
        failOn(violations);
        ServiceOfferEntity entity = new ServiceOfferEntity(service, provider, municipalities(service.municipalities()));
        em.persist(entity);
        return entity;
    }

    ServiceOfferEntity updateService(long id, ServiceOffer service) {
        ServiceOfferEntity entity = existingService(id);
        List<Violation> violations = new ArrayList<>(rules().check(service));
        OfficeEntity provider = provider(service, violations);
        failOn(violations);
        entity.assign(service, provider, municipalities(service.municipalities()));
        return entity;
    }

    OfficeEntity existingOffice(long id) {
        OfficeEntity entity = em.find(OfficeEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("no office with id " + id);
        }
        return entity;
    }

    ServiceOfferEntity existingService(long id) {
        ServiceOfferEntity entity = em.find(ServiceOfferEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("no service with id " + id);
        }
        return entity;
    }

    private OfficeEntity provider(ServiceOffer service, List<Violation> violations) {
        if (service.providerOfficeId() == null) {
            return null;
        }
        OfficeEntity provider = em.find(OfficeEntity.class, service.providerOfficeId());
        if (provider == null) {
            violations.add(new Violation("providerOfficeId", "no office with id " + service.providerOfficeId()));
        }
        return provider;
    }

    private DirectoryRules rules() {
        List<DistrictEntity> districts = em.createQuery("SELECT d FROM DistrictEntity d", DistrictEntity.class)
                .getResultList();
        if (districts.isEmpty()) {
            throw new ValidationException(List.of(new Violation("district",
                    "the directory has no district yet; load the directory first")));
        }
        Set<String> known = new HashSet<>(em.createQuery("SELECT m.ags FROM MunicipalityEntity m", String.class)
                .getResultList());
        return new DirectoryRules(districts.get(0).key(), known);
    }

    private Set<MunicipalityEntity> municipalities(List<String> agsKeys) {
        Set<MunicipalityEntity> result = new HashSet<>();
        for (String ags : agsKeys) {
            result.add(em.find(MunicipalityEntity.class, ags));
        }
        return result;
    }

    private static void failOn(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
