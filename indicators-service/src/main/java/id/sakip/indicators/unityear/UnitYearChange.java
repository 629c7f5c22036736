package id.sakip.indicators.unityear;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** When anything of a unit-year last changed (for {@code updatedSince} and {@code updatedAt}). */
@Entity
@Table(name = "unit_year_change")
public class UnitYearChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "work_unit", nullable = false)
    public String workUnit;

    @Column(nullable = false)
    public int year;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;
}
