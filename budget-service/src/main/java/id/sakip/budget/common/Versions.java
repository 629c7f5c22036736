package id.sakip.budget.common;

import id.sakip.commons.problem.ProblemException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

/** Flushes an update now so that a concurrent change surfaces as 412, not as a failed commit. */
public final class Versions {

    private Versions() {
    }

    public static void flushOr412(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw ProblemException.preconditionFailed("The resource was changed by someone else meanwhile; "
                    + "read it again and reapply your change");
        }
    }
}
