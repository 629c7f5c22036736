package id.sakip.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One body limit (issue 16): a body the gateway lets through must not be refused by the service behind it (that
 * was a 502 for 10-50 MB bodies), so each service's limit equals the gateway's and the gateway answers the 413.
 */
class BodyLimitAgreementTest {

    private static final String KEY = "quarkus.http.limits.max-body-size";

    @ParameterizedTest
    @ValueSource(strings = {"indicators-service", "budget-service", "reporting-service"})
    void everyServiceAcceptsWhatTheGatewayAccepts(String service) throws IOException {
        assertEquals(limitOf(Path.of("src/main/resources/application.properties")),
                limitOf(Path.of("..", service, "src/main/resources/application.properties")), service);
    }

    private static String limitOf(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties.getProperty(KEY, "10M (Quarkus's default)");
    }
}
