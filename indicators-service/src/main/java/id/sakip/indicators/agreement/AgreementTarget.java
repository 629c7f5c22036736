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

import java.math.BigDecimal;

/** The agreed target of one indicator of the agreement's plan. */
@Entity
@Table(name = "agreement_target")
public class AgreementTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_target_id")
    @SequenceGenerator(name = "agreement_target_id", sequenceName = "agreement_target_id_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    public PerformanceAgreement agreement;

    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;

    @Column(nullable = false)
    public BigDecimal target;

    @Column(nullable = false)
    public int position;
}
