package id.sakip.commons.security;

/** Realm role names as they appear in the token. */
public final class Role {
    public static final String OPERATOR = "operator";
    public static final String PLANNER = "planner";
    public static final String HEAD = "head";
    public static final String REGIONAL = "regional";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String SERVICE = "service";

    private Role() {
    }
}
