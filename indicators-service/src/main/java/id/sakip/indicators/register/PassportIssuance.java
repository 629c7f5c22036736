package id.sakip.indicators.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Passports issued of one type and application kind, by sex (Tabel III.30, III.31). */
@Entity
@Table(name = "passport_issuance")
public class PassportIssuance extends RegisterRecord {

    @Column(nullable = false)
    public String passport;

    @Column(nullable = false)
    public String application;

    public Long male;

    public Long female;
}
