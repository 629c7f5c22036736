package id.sakip.indicators.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A survey result (the ILK index) with its scale and source. */
@Entity
@Table(name = "satisfaction_survey")
public class SatisfactionSurvey extends RegisterRecord {

    @Column(nullable = false)
    public String survey;

    @Column(name = "index_value")
    public BigDecimal index;

    @Column(name = "scale_min")
    public BigDecimal scaleMin;

    @Column(name = "scale_max")
    public BigDecimal scaleMax;

    @Column(name = "national_average")
    public BigDecimal nationalAverage;

    public String source;
}
