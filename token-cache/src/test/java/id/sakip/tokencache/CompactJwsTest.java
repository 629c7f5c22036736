package id.sakip.tokencache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompactJwsTest {

    @ParameterizedTest
    @CsvSource({
            "eyJhbGciOiJSUzI1NiJ9.e30.c2ln, true",  // {"alg":"RS256"} . {} . sig
            "'..', false",
            "'.', false",
            "eyJhbGciOiJSUzI1NiJ9.e30., false",     // no signature
            "eyJhbGciOiJSUzI1NiJ9..c2ln, false",    // empty payload
            "e30.e30.c2ln, false",                  // header {} without an algorithm
            "eyJhbGciOiJSUzI1NiJ9.e30.c2ln.x, false",
            "eyJhbGciOiJSUzI1NiJ9.e+0.c2ln, false", // not base64url
            "a.b.c, false",                         // header does not decode to JSON
    })
    void onlyTokensShapedLikeASignedJwtPass(String token, boolean expected) {
        assertEquals(expected, CachedBearerMechanism.isCompactJws(token));
    }
}
