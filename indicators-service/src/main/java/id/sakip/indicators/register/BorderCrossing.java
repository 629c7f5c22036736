package id.sakip.indicators.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Crossings through one checkpoint (Tabel III.32), with the total the source printed. */
@Entity
@Table(name = "border_crossing")
public class BorderCrossing extends RegisterRecord {

    @Column(nullable = false)
    public String checkpoint;

    @Column(name = "citizen_arrivals")
    public Long citizenArrivals;

    @Column(name = "citizen_departures")
    public Long citizenDepartures;

    @Column(name = "foreigner_arrivals")
    public Long foreignerArrivals;

    @Column(name = "foreigner_departures")
    public Long foreignerDepartures;

    @Column(name = "reported_total")
    public Long reportedTotal;
}
