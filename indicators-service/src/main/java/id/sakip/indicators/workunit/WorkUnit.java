package id.sakip.indicators.workunit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** An office (ministry, directorate general, regional office or technical unit), identified by its code. */
@Entity
@Table(name = "work_unit")
public class WorkUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_unit_id")
    @SequenceGenerator(name = "work_unit_id", sequenceName = "work_unit_id_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String type;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public String address;

    public String email;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "workUnit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<WorkUnitParent> parents = new ArrayList<>();
}
