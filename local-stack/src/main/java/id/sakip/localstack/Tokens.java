package id.sakip.localstack;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Access tokens from Keycloak's token endpoint: password grant on {@code sakip-web}, or client credentials. */
final class Tokens {

    static final String WEB_CLIENT = "sakip-web";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private Tokens() {
    }

    static String tokenUrl(int keycloakPort) {
        return KeycloakServer.issuer(keycloakPort) + "/protocol/openid-connect/token";
    }

    static String password(String tokenUrl, String username, String password) {
        return request(tokenUrl, "user " + username, Map.of(
                "grant_type", "password",
                "client_id", WEB_CLIENT,
                "username", username,
                "password", password));
    }

    static String clientCredentials(String tokenUrl, String clientId, String secret) {
        return request(tokenUrl, "client " + clientId, Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", secret));
    }

    private static String request(String tokenUrl, String who, Map<String, String> form) {
        try {
            HttpResponse<String> response = Http.postForm(tokenUrl, form);
            Matcher m = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !m.find()) {
                throw new StackException("Keycloak gave no token for " + who + ": HTTP " + response.statusCode() + " "
                        + Http.oneLine(response.body(), 200));
            }
            return m.group(1);
        } catch (IOException e) {
            throw new StackException("cannot reach Keycloak at " + tokenUrl + ": " + e.getMessage());
        }
    }
}
