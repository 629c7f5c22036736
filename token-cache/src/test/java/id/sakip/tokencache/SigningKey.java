package id.sakip.tokencache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A fresh RSA key pair: OIDC verifies with the public key (no Keycloak), the tests sign with the private one. */
public class SigningKey implements QuarkusTestResourceLifecycleManager {

    private Path keyFile;

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            keyFile = Files.createTempFile("token-cache-test-key", ".pem");
            Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            return Map.of(
                    // Local verification with the public key only works without a server URL.
                    "quarkus.oidc.auth-server-url", "",
                    "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                    "smallrye.jwt.sign.key.location", keyFile.toUri().toString());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        try {
            if (keyFile != null) {
                Files.deleteIfExists(keyFile);
            }
        } catch (IOException ignored) {
            // a temp file
        }
    }
}
