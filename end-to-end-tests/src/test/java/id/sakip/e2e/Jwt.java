package id.sakip.e2e;

import io.restassured.path.json.JsonPath;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/** Reads access tokens and makes the invalid ones the security tests send. */
final class Jwt {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Jwt() {
    }

    static JsonPath header(String token) {
        return JsonPath.from(new String(DECODER.decode(token.split("\\.")[0]), StandardCharsets.UTF_8));
    }

    static JsonPath claims(String token) {
        return JsonPath.from(new String(DECODER.decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    /** The same token with one bit of its signature flipped. */
    static String withBrokenSignature(String token) {
        String[] parts = token.split("\\.");
        byte[] signature = DECODER.decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        return parts[0] + "." + parts[1] + "." + ENCODER.encodeToString(signature);
    }

    /** The JSON text of a token's claims. */
    static String claimsJson(String token) {
        return new String(DECODER.decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    /** The same header and signature with other claims: what a client gets by editing its token. */
    static String withClaims(String token, String claimsJson) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + ENCODER.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** A well-formed RS256 token with the given header and claims, signed by a key pair made up here. */
    static String signedByStranger(String headerJson, String claimsJson) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keyPair = generator.generateKeyPair();
            String signingInput = ENCODER.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                    + ENCODER.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keyPair.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + ENCODER.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token ({@code alg: none}) claiming to be an admin. */
    static String unsigned(String claimsJson) {
        return ENCODER.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
