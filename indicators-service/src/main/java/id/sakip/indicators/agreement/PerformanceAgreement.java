package id.sakip.indicators.agreement;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/** A performance agreement (PK) revision of a unit and year: targets per indicator and budget per program. */
@Entity
@Table(name = "performance_agreement")
public class PerformanceAgreement {

    public static final String DRAFT = "DRAFT";
    public static final String SIGNED = "SIGNED";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "performance_agreement_id")
    @SequenceGenerator(name = "performance_agreement_id", sequenceName = "performance_agreement_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "work_unit", nullable = false)
    public String workUnit;

    @Column(nullable = false)
    public int year;

    @Column(name = "plan_code", nullable = false)
    public String planCode;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false)
    public String status;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    public String place;

    public String note;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "first_party_name")),
            @AttributeOverride(name = "position", column = @Column(name = "first_party_position")),
            @AttributeOverride(name = "nip", column = @Column(name = "first_party_nip"))})
    public Party firstParty = new Party();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "second_party_name")),
            @AttributeOverride(name = "position", column = @Column(name = "second_party_position")),
            @AttributeOverride(name = "nip", column = @Column(name = "second_party_nip"))})
    public Party secondParty = new Party();

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AgreementTarget> targets = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AgreementBudgetLine> budget = new ArrayList<>();
}
