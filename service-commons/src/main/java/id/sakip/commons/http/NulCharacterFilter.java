package id.sakip.commons.http;

import id.sakip.commons.problem.FieldError;
import id.sakip.commons.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Refuses a request whose path or query contains an encoded NUL character ({@code %00}) with 400, before any
 * resource sees it: no code, year or name contains one, and PostgreSQL refuses it in text (it used to be a 500).
 */
public class NulCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public void rejectNul(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String pointer = null;
        if (containsEncodedNul(uri.getRawPath())) {
            pointer = "/path";
        } else if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (containsEncodedNul(pair)) {
                    String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                    pointer = "/query/" + URLDecoder.decode(name.replace("%00", ""), StandardCharsets.UTF_8);
                    break;
                }
            }
        }
        if (pointer != null) {
            String message = "must not contain the NUL character (%00)";
            throw new ProblemException(400, "Bad request", pointer + ": " + message, List.of(new FieldError(pointer, message)));
        }
    }

    static boolean containsEncodedNul(String raw) {
        if (raw == null) {
            return false;
        }
        for (int i = raw.indexOf('%'); i >= 0 && i + 2 < raw.length(); i = raw.indexOf('%', i + 1)) {
            if (raw.charAt(i + 1) == '0' && raw.charAt(i + 2) == '0') {
                return true;
            }
        }
        return false;
    }
}
