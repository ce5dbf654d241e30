package de.kim.core.internal.directory;

import de.kim.api.ConflictException;
import de.kim.api.DirectoryService;
import de.kim.api.NotFoundException;
import de.kim.api.model.District;
import de.kim.api.model.LegalDomain;
import de.kim.api.model.Municipality;
import de.kim.api.model.Office;
import de.kim.api.model.OfficeQuery;
import de.kim.api.model.ServiceOffer;
import de.kim.core.internal.persistence.Transactions;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DirectoryService.class)
public final class JpaDirectoryService implements DirectoryService {
    private final Transactions tx;

    @Activate
    public JpaDirectoryService(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa) {
        this.tx = new Transactions(jpa);
    }

    @Override
    public Optional<District> district() {
        return tx.read(em -> em.createQuery("SELECT d FROM DistrictEntity d", DistrictEntity.class)
                .getResultList().stream().findFirst().map(DistrictEntity::toModel));
    }

    @Override
    public List<Municipality> municipalities(boolean kimOnly) {
        String where = kimOnly ? " WHERE m.kimParticipant = TRUE" : "";
        return tx.read(em -> em.createQuery("SELECT m FROM MunicipalityEntity m" + where + " ORDER BY m.name",
                MunicipalityEntity.class).getResultList().stream().map(MunicipalityEntity::toModel).toList());
    }

    @Override
    public Municipality municipality(String ags) {
        return tx.read(em -> existingMunicipality(em, ags).toModel());
    }

    @Override
    public List<Office> offices(OfficeQuery query) {
        return tx.read(em -> findOffices(em, query).stream().map(OfficeEntity::toModel).toList());
    }

    @Override
    public Office office(long id) {
        return tx.read(em -> new DirectoryWriter(em).existingOffice(id).toModel());
    }

    @Override
    public Office createOffice(Office office) {
        return tx.write(em -> {
            OfficeEntity entity = new DirectoryWriter(em).createOffice(office);
            em.flush();
            return entity.toModel();
        });
    }

    @Override
    public Office updateOffice(long id, Office office) {
        return tx.write(em -> {
            OfficeEntity entity = new DirectoryWriter(em).updateOffice(id, office);
            em.flush();
            return entity.toModel();
        });
    }

    @Override
    public void deleteOffice(long id) {
        tx.write(em -> {
            OfficeEntity entity = new DirectoryWriter(em).existingOffice(id);
            long services = em.createQuery("SELECT COUNT(s) FROM ServiceOfferEntity s WHERE s.provider = :office",
                    Long.class).setParameter("office", entity).getSingleResult();
            if (services > 0) {
                throw new ConflictException("office " + id + " still provides " + services
                        + " service(s); delete or move them first");
            }
            em.remove(entity);
            return null;
        });
    }

    @Override
    public Office responsibleOffice(String ags, LegalDomain legalDomain) {
        return tx.read(em -> {
            Municipality municipality = existingMunicipality(em, ags).toModel();
            List<Office> candidates = findOffices(em, new OfficeQuery(ags, legalDomain, null)).stream()
                    .map(OfficeEntity::toModel).toList();
            return ResponsibilityRule.choose(candidates).orElseThrow(() -> new NotFoundException(
                    "no office is responsible for " + legalDomain.displayName() + " in " + municipality.name()));
        });
    }

    @Override
    public List<ServiceOffer> services(String municipality) {
        return tx.read(em -> {
            TypedQuery<ServiceOfferEntity> query;
            if (municipality == null) {
                query = em.createQuery("SELECT s FROM ServiceOfferEntity s ORDER BY s.name", ServiceOfferEntity.class);
            } else {
                existingMunicipality(em, municipality);
                query = em.createQuery("SELECT DISTINCT s FROM ServiceOfferEntity s JOIN s.municipalities m"
                        + " WHERE m.ags = :ags ORDER BY s.name", ServiceOfferEntity.class).setParameter("ags", municipality);
            }
            return query.getResultList().stream().map(ServiceOfferEntity::toModel).toList();
        });
    }

    @Override
    public ServiceOffer service(long id) {
        return tx.read(em -> new DirectoryWriter(em).existingService(id).toModel());
    }

    @Override
    public ServiceOffer createService(ServiceOffer service) {
        return tx.write(em -> {
            ServiceOfferEntity entity = new DirectoryWriter(em).createService(service);
            em.flush();
            return entity.toModel();
        });
    }

    @Override
    public ServiceOffer updateService(long id, ServiceOffer service) {
        return tx.write(em -> {
            ServiceOfferEntity entity = new DirectoryWriter(em).updateService(id, service);
            em.flush();
            return entity.toModel();
        });
    }

    @Override
    public void deleteService(long id) {
        tx.write(em -> {
            em.remove(new DirectoryWriter(em).existingService(id));
            return null;
        });
    }

    private static MunicipalityEntity existingMunicipality(EntityManager em, String ags) {
        MunicipalityEntity entity = ags == null ? null : em.find(MunicipalityEntity.class, ags);
        if (entity == null) {
            throw new NotFoundException("no municipality with AGS " + ags);
        }
        return entity;
    }

    private static List<OfficeEntity> findOffices(EntityManager em, OfficeQuery query) {
        StringBuilder jpql = new StringBuilder("SELECT DISTINCT o FROM OfficeEntity o");
        if (query.municipality() != null) {
            jpql.append(" JOIN o.municipalities m");
        }
        jpql.append(" WHERE 1 = 1");
        if (query.municipality() != null) {
            jpql.append(" AND m.ags = :ags");
        }
        if (query.legalDomain() != null) {
            jpql.append(" AND :domain MEMBER OF o.legalDomains");
        }
        if (query.kind() != null) {
            jpql.append(" AND o.kind = :kind");
        }
        jpql.append(" ORDER BY o.name");
        TypedQuery<OfficeEntity> typed = em.createQuery(jpql.toString(), OfficeEntity.class);
        if (query.municipality() != null) {
            typed.setParameter("ags", query.municipality());
        }
        if (query.legalDomain() != null) {
            typed.setParameter("domain", query.legalDomain());
        }
        if (query.kind() != null) {
            typed.setParameter("kind", query.kind());
        }
        return typed.getResultList();
    }
}
