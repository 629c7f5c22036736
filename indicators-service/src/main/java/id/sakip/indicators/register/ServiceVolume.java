package id.sakip.indicators.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Applications of one immigration service type in one period: received, completed, rejected, cancelled. */
@Entity
@Table(name = "service_volume")
public class ServiceVolume extends RegisterRecord {

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public String service;

    public String label;

    public Long received;

    public Long completed;

    public Long rejected;

    public Long cancelled;

    public String reference;
}
