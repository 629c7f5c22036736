package id.sakip.commons.http;

import id.sakip.commons.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;

/**
 * Refuses a request whose path or query contains an encoded NUL character ({@code %00}) with 400, before any
 * resource sees it: no code, year or name contains one, and PostgreSQL refuses it in text (it used to be a 500).
 */
public class NulCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public void rejectNul(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        if (containsEncodedNul(uri.getRawPath()) || containsEncodedNul(uri.getRawQuery())) {
            throw ProblemException.badRequest("The path or a query parameter contains the NUL character (%00)");
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
