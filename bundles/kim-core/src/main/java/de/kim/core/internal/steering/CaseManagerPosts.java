package de.kim.core.internal.steering;

import de.kim.api.steering.Post;
import de.kim.api.steering.PostRole;
import java.time.LocalDate;
import javax.persistence.EntityManager;

/** Whether a person holds a case-manager post for a municipality: a case's case manager must. */
public final class CaseManagerPosts {
    private CaseManagerPosts() {
    }

    /**
     * True if {@code user} holds a case-manager post active on {@code day} in {@code ags} or in its district
     * (a district post serves every town).
     */
    public static boolean holds(EntityManager em, String user, String ags, LocalDate day) {
        return em.createQuery("SELECT p FROM PostEntity p WHERE p.holder = :u AND p.role = :cm", PostEntity.class)
                .setParameter("u", user).setParameter("cm", PostRole.CASE_MANAGER).getResultList().stream()
                .map(PostEntity::toModel).filter(p -> p.activeOn(day))
                .map(Post::municipality).anyMatch(m -> m.equals(ags) || ags.startsWith(m) && m.length() == 5);
    }
}
