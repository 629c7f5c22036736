package id.sakip.indicators.workunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One period of a unit's parent: a unit may move to another regional office (408103 on 2025-01-01). */
@Entity
@Table(name = "work_unit_parent")
public class WorkUnitParent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_unit_parent_id")
    @SequenceGenerator(name = "work_unit_parent_id", sequenceName = "work_unit_parent_id_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_unit_id")
    public WorkUnit workUnit;

    @Column(name = "parent_code", nullable = false)
    public String parentCode;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(nullable = false)
    public int position;

    public boolean coversDate(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
