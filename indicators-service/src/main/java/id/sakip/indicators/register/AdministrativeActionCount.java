package id.sakip.indicators.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Administrative actions of one measure in a unit-year (Tabel III.5): measures, not persons. */
@Entity
@Table(name = "administrative_action_count")
public class AdministrativeActionCount extends RegisterRecord {

    @Column(nullable = false)
    public String measure;

    public Long count;
}
