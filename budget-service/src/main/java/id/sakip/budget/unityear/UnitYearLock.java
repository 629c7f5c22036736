package id.sakip.budget.unityear;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A locked unit-year: a published report relies on its budget data, so nothing of it may change. */
@Entity
@Table(name = "budget_lock")
public class UnitYearLock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "work_unit", nullable = false)
    public String workUnit;

    @Column(nullable = false)
    public Integer year;

    @Column(name = "locked_at", nullable = false)
    public Instant lockedAt;

    @Column(name = "locked_by")
    public String lockedBy;

    public String reason;
}
