package id.sakip.gateway.problem;

import java.util.Locale;

import id.sakip.gateway.http.RequestIds;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * RFC 9457 problem details written by the gateway itself, shaped like the services' bodies
 * ({@code type, title, status, detail, instance}) so a client handles one error format.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://sakip.example.id/problems/";

    private Problems() {
    }

    /** The JSON body of one problem. */
    public static JsonObject body(int status, String title, String detail, String instance, String requestId) {
        JsonObject json = new JsonObject()
                .put("type", TYPE_BASE + slug(title))
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            json.put("instance", instance);
        }
        if (requestId != null) {
            json.put("requestId", requestId);
        }
        return json;
    }

    /** Ends the exchange with a problem body, keeping headers set earlier (e.g. WWW-Authenticate, Retry-After). */
    public static void send(RoutingContext rc, int status, String title, String detail) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        Buffer buffer = body(status, title, detail, rc.request().path(), RequestIds.of(rc)).toBuffer();
        response.setStatusCode(status);
        MultiMap headers = response.headers();
        headers.set(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE);
        headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.set(HttpHeaders.CONTENT_LENGTH, Integer.toString(buffer.length()));
        response.end(buffer);
    }

    static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
