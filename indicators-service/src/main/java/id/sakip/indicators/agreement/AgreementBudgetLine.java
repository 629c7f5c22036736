package id.sakip.indicators.agreement;

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

/** The budget of one program (and activity) in an agreement, whole rupiah. */
@Entity
@Table(name = "agreement_budget_line")
public class AgreementBudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_budget_line_id")
    @SequenceGenerator(name = "agreement_budget_line_id", sequenceName = "agreement_budget_line_id_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    public PerformanceAgreement agreement;

    @Column(nullable = false)
    public String program;

    public String activity;

    @Column(nullable = false)
    public long amount;

    @Column(nullable = false)
    public int position;
}
