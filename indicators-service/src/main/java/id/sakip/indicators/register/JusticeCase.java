package id.sakip.indicators.register;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A criminal case (Pro Yustisia): SPDP issued = handled; P21 / stage II = followed up. */
@Entity
@Table(name = "justice_case")
public class JusticeCase extends RegisterRecord {

    @Column(nullable = false)
    public String number;

    public String reference;

    public String offence;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    /** Quarter of the year in which the SPDP was issued; null when none was issued in the year. */
    @Column(name = "spdp_period")
    public String spdpPeriod;

    @Column(name = "spdp_date")
    public LocalDate spdpDate;

    /** The stage reached. */
    public String stage;

    public String note;

    @ElementCollection
    @CollectionTable(name = "justice_case_stage", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 256)
    public List<Stage> stages = new ArrayList<>();

    @OneToMany(mappedBy = "justiceCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 256)
    public List<Suspect> suspects = new ArrayList<>();

    /** One stage the case went through, with its date. */
    @Embeddable
    public static class Stage {

        @Column(nullable = false)
        public String stage;

        @Column(name = "stage_date")
        public LocalDate date;

        public Stage() {
        }

        public Stage(String stage, LocalDate date) {
            this.stage = stage;
            this.date = date;
        }
    }
}
