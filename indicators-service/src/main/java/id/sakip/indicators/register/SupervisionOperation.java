package id.sakip.indicators.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Supervision operations of one month (Tabel III.34). */
@Entity
@Table(name = "supervision_operation")
public class SupervisionOperation extends RegisterRecord {

    @Column(nullable = false)
    public int month;

    public Long count;
}
