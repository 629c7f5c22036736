package id.sakip.indicators.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One person subject to enforcement (Tabel III.35) with the measures A-F applied (comma-separated). */
@Entity
@Table(name = "enforcement_record")
public class EnforcementRecord extends RegisterRecord {

    @Column(name = "row_no", nullable = false)
    public int row;

    @Column(nullable = false)
    public String name;

    public String sex;

    public String nationality;

    public String reason;

    public String article;

    /** Letters A-F of Pasal 75 ayat 2 UU 6/2011, comma-separated, in the order given. */
    public String measures;

    public String remark;
}
