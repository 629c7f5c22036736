package id.sakip.indicators.register;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** What every register record has: its unit-year, its place in the printed table, and optimistic locking. */
@MappedSuperclass
public abstract class RegisterRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "work_unit", nullable = false)
    public String workUnit;

    @Column(nullable = false)
    public int year;

    /** Order within the unit-year (as printed / imported). */
    @Column(nullable = false)
    public int position;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
