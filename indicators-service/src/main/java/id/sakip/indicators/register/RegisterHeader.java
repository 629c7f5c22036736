package id.sakip.indicators.register;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a register of one unit-year carries besides its records: where the source printed it, a note, and the
 * totals the source printed (kept apart: never an input, compared by the register checks).
 */
@Entity
@Table(name = "register_header")
public class RegisterHeader {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "work_unit", nullable = false)
    public String workUnit;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String register;

    public String reference;

    public String note;

    @Column(name = "reported_total")
    public Long reportedTotal;

    @ElementCollection
    @CollectionTable(name = "register_reported_total", joinColumns = @JoinColumn(name = "header_id"))
    @MapKeyColumn(name = "total_key")
    @Column(name = "value", nullable = false)
    public Map<String, Long> reportedTotals = new LinkedHashMap<>();

    @ElementCollection
    @CollectionTable(name = "register_history", joinColumns = @JoinColumn(name = "header_id"))
    @OrderColumn(name = "position")
    public List<HistoryYear> history = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Planned and done of an earlier year, as printed. */
    @Embeddable
    public static class HistoryYear {

        @Column(name = "history_year", nullable = false)
        public int year;

        public Long planned;

        public Long done;

        public HistoryYear() {
        }

        public HistoryYear(int year, Long planned, Long done) {
            this.year = year;
            this.planned = planned;
            this.done = done;
        }
    }
}
