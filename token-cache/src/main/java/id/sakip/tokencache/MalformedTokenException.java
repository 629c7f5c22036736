package id.sakip.tokencache;

/**
 * Why a bearer token was refused before the OIDC mechanism parsed it (which failed with a 500 on tokens such as
 * {@code ..}): it is not a signed JWT (three base64url parts). The cause of the {@code AuthenticationFailedException}
 * that {@link CachedBearerMechanism} raises, so that a 401 can say the token is malformed.
 */
public class MalformedTokenException extends RuntimeException {

    public static final String MESSAGE = "The token is malformed (not a signed JWT)";

    public MalformedTokenException() {
        super(MESSAGE, null, false, false);
    }
}
