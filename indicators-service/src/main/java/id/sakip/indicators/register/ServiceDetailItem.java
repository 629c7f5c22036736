package id.sakip.indicators.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One detail line of a service type (Tabel III.8) with its outcome. */
@Entity
@Table(name = "service_detail_item")
public class ServiceDetailItem extends RegisterRecord {

    @Column(nullable = false)
    public String service;

    @Column(nullable = false)
    public String item;

    /** COMPLETED, REJECTED or CANCELLED. */
    @Column(nullable = false)
    public String outcome;

    public Long count;
}
