package id.sakip.reporting.signature;

import io.smallrye.config.ConfigMapping;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The office's signing certificate: a PKCS#12 keystore per deployment ({@code REPORTING_SIGNING_KEYSTORE},
 * {@code REPORTING_SIGNING_PASSWORD}, optionally {@code REPORTING_SIGNING_ALIAS}). Without a keystore published
 * reports are stored unsigned and say so.
 */
@ConfigMapping(prefix = "reporting.signing")
public interface SigningConfig {

    Optional<Path> keystore();

    Optional<String> password();

    /** The key entry to sign with; the keystore's only (or first) key entry when absent. */
    Optional<String> alias();
}
