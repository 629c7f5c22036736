package id.sakip.indicators.register.dto;

/** A suspect of a case: name, nationality (ISO code), sex (L/P) and the article of the offence. */
public record SuspectInput(String name, String nationality, String sex, String article) {
}
