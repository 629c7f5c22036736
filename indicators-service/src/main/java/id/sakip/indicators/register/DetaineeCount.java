package id.sakip.indicators.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Detainees of one nationality (Tabel III.33). */
@Entity
@Table(name = "detainee_count")
public class DetaineeCount extends RegisterRecord {

    @Column(nullable = false)
    public String nationality;

    public Long count;
}
