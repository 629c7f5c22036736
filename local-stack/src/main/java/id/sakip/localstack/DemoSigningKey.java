package id.sakip.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The certificate reporting-service signs published reports with in a local run: a self-signed demo certificate
 * made once with the JDK's keytool and kept in the stack directory. It proves nothing about anyone; a deployment
 * configures the office's own keystore instead (REPORTING_SIGNING_KEYSTORE, REPORTING_SIGNING_PASSWORD).
 */
final class DemoSigningKey {

    static final String PASSWORD = "demo-signing";

    private DemoSigningKey() {
    }

    /** The keystore, made on first use. */
    static Path ensure(Path stackDir, Log log) {
        Path keystore = stackDir.resolve("demo-signing.p12");
        if (Files.isRegularFile(keystore)) {
            return keystore;
        }
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        List<String> command = List.of(keytool, "-genkeypair", "-alias", "office", "-keyalg", "RSA", "-keysize", "3072",
                "-validity", "3650", "-dname", "CN=SAKIP demo office (not a real certificate),O=SAKIP local stack,C=ID",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        try {
            Files.createDirectories(stackDir);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new StackException("keytool could not make the demo signing certificate " + keystore);
            }
        } catch (IOException e) {
            throw new StackException("cannot run keytool: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while making the demo signing certificate");
        }
        log.info("made a self-signed DEMO certificate for signing published reports: " + keystore
                + " (configure the office's own keystore in production)");
        return keystore;
    }
}
