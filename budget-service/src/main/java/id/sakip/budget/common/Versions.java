package id.sakip.budget.common;

import id.sakip.commons.problem.ProblemException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Flushes a write now so that a concurrent change surfaces as a problem (412 stale version, 409 key taken
 * meanwhile), not as a failed commit (500).
 */
public final class Versions {

    private Versions() {
    }

    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw ProblemException.preconditionFailed("The resource was changed by someone else meanwhile; "
                    + "read it again and reapply your change");
        } catch (ConstraintViolationException e) {
            if (e.getKind() != ConstraintViolationException.ConstraintKind.UNIQUE) {
                throw e;
            }
            // writers of a unit-year are serialized (UnitYearMutex); this is what is left, e.g. a scheme code
            throw ProblemException.conflict("Someone else stored the same item meanwhile; read it and retry ("
                    + (e.getConstraintName() == null ? "unique key" : e.getConstraintName()) + ")");
        }
    }
}
