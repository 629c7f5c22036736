package id.sakip.gateway.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.eclipse.microprofile.config.ConfigProvider;

/** Test-side remote control of {@link FakeServices}. */
public final class Fakes {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Fakes() {
    }

    /** Calls {@code <action>/<service>} on the control server and returns its answer. */
    public static String control(String action, String service) {
        return control(action, service, "");
    }

    public static String control(String action, String service, String query) {
        String base = ConfigProvider.getConfig().getValue(FakeServices.CONTROL_URL, String.class);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/" + action + "/" + service + query))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(action + " " + service + ": " + response.statusCode() + " "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
