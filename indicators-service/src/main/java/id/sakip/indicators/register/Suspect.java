package id.sakip.indicators.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** A suspect of a criminal case; exists only with its case. */
@Entity
@Table(name = "justice_case_suspect")
public class Suspect {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    public JusticeCase justiceCase;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    public String nationality;

    public String sex;

    public String article;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
