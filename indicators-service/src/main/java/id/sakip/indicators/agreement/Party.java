package id.sakip.indicators.agreement;

import jakarta.persistence.Embeddable;

/** A signing party of an agreement: name, position and civil-servant number (NIP). */
@Embeddable
public class Party {

    public String name;
    public String position;
    public String nip;
}
