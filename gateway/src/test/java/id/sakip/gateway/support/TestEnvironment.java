package id.sakip.gateway.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the fake services and makes a fresh RSA key pair: the gateway verifies tokens with the public key
 * (no Keycloak needed), {@link Tokens} signs them with the private one.
 */
public class TestEnvironment implements QuarkusTestResourceLifecycleManager {

    private FakeServices fakes;
    private Path keyFile;

    @Override
    public Map<String, String> start() {
        fakes = new FakeServices();
        Map<String, String> config = new HashMap<>(fakes.start());
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            keyFile = Files.createTempFile("gateway-test-signing-key", ".pem");
            Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            // Local verification with the public key only works without a server URL.
            config.put("quarkus.oidc.auth-server-url", "");
            config.put("quarkus.oidc.public-key", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            config.put("smallrye.jwt.sign.key.location", keyFile.toUri().toString());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
        return config;
    }

    @Override
    public void stop() {
        if (fakes != null) {
            fakes.stop();
        }
        try {
            if (keyFile != null) {
                Files.deleteIfExists(keyFile);
            }
        } catch (IOException ignored) {
            // a temp file; nothing to do
        }
    }
}
