package id.sakip.budget.unityear;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/** The columns every unit-year table shares (id, work unit, year, reference, version, updated at) and apply/toData. */
@MappedSuperclass
public abstract class UnitYearDocument<D extends UnitYearData> {

    /**
     * From the entity's own sequence in blocks of 50 (Hibernate's pooled-lo optimizer): each subclass declares it with
     * a class-level {@code @SequenceGenerator} (allocationSize 50, migration V3 sets INCREMENT BY 50). Ids known
     * before the flush let an import insert its documents in JDBC batches instead of one INSERT ... RETURNING each.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    @Column(name = "work_unit", nullable = false)
    public String workUnit;

    @Column(nullable = false)
    public Integer year;

    public String reference;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The stored document as the dataset carries it (also the audit snapshot). */
    public abstract D toData();

    /** Takes over the data: the shared columns here, the rest in {@link #applyFields}, then stamps the change. */
    public void apply(D d) {
        workUnit = d.workUnit();
        year = d.year();
        reference = d.reference();
        applyFields(d);
        updatedAt = Instant.now();
    }

    /** Takes over what is specific to the document type. */
    protected abstract void applyFields(D d);
}
