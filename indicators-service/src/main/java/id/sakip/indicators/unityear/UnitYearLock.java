package id.sakip.indicators.unityear;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A unit-year frozen by a published report. */
@Entity
@Table(name = "unit_year_lock")
public class UnitYearLock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "work_unit", nullable = false)
    public String workUnit;

    @Column(nullable = false)
    public int year;

    @Column(name = "locked_at", nullable = false)
    public OffsetDateTime lockedAt;

    @Column(name = "locked_by")
    public String lockedBy;

    public String reason;
}
