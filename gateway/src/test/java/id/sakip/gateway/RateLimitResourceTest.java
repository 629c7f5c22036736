package id.sakip.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.sakip.gateway.support.TestEnvironment;
import id.sakip.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Rate limits and the body-size limit, with small values set by a test profile. */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
@TestProfile(RateLimitResourceTest.SmallLimits.class)
class RateLimitResourceTest {

    /** 3 requests per user and 5 per address, each refilled all at once 2 s after the bucket was made; 1 MiB bodies. */
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("gateway.rate-limit.per-user.capacity", "3"),
                    Map.entry("gateway.rate-limit.per-user.refill-tokens", "3"),
                    Map.entry("gateway.rate-limit.per-user.refill-period", "2s"),
                    Map.entry("gateway.rate-limit.per-user.refill-mode", "INTERVALLY"),
                    Map.entry("gateway.rate-limit.per-ip.capacity", "5"),
                    Map.entry("gateway.rate-limit.per-ip.refill-tokens", "5"),
                    Map.entry("gateway.rate-limit.per-ip.refill-period", "2s"),
                    Map.entry("gateway.rate-limit.per-ip.refill-mode", "INTERVALLY"),
                    Map.entry("quarkus.http.limits.max-body-size", "1M"));
        }
    }

    @TestHTTPResource("/")
    URI gateway;

    // Each test sends from its own loopback address, so that its per-address bucket starts full
    // when the test starts and refills in step with the users' buckets.
    @Test
    void aUserOverTheLimitGets429WithRetryAfterAndIsServedAgainLater() throws Exception {
        String from = "127.0.0.3";
        String alice = Tokens.bearer("alice", "operator");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, get(from, alice).status(), "request " + i);
        }
        Raw limited = get(from, alice);
        assertEquals(429, limited.status(), limited.text());
        assertTrue(limited.text().contains("application/problem+json"), limited.text());
        assertTrue(limited.text().contains("\"title\":\"Too many requests\""), limited.text());
        assertTrue(limited.text().contains("for this user"), limited.text());
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);

        // Bob has his own bucket.
        assertEquals(200, get(from, Tokens.bearer("bob", "operator")).status());

        Thread.sleep(retryAfter * 1000 + 200);
        Raw again = get(from, alice);
        assertEquals(200, again.status(), again.text());
        assertTrue(again.text().contains("\"service\":\"indicators\""), again.text());
    }

    @Test
    void anAddressOverTheLimitGets429WhateverTheUser() throws Exception {
        String from = "127.0.0.2";
        String carol = Tokens.bearer("carol", "operator");
        String dave = Tokens.bearer("dave", "operator");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, get(from, carol).status(), "carol " + i);
        }
        assertEquals(200, get(from, dave).status());
        assertEquals(200, get(from, dave).status());
        // Dave has a token left, the address has none.
        Raw limited = get(from, dave);
        assertEquals(429, limited.status(), limited.text());
        assertTrue(limited.text().contains("client address"), limited.text());
        assertTrue(limited.header("Retry-After").matches("[12]"), limited.text());
        // Other addresses are not affected.
        assertEquals(200, get("127.0.0.4", dave).status());
    }

    @Test
    void anAddressIsLimitedBeforeAuthentication() throws Exception {
        // Without a token and with a malformed one: 401 until the address's bucket is empty, then 429.
        for (String[] sender : new String[][] {{"127.0.0.5", "Basic Zm9vOmJhcg=="}, {"127.0.0.6", "Bearer .."}}) {
            for (int i = 0; i < 5; i++) {
                assertEquals(401, get(sender[0], sender[1]).status(), sender[1] + " " + i);
            }
            Raw limited = get(sender[0], sender[1]);
            assertEquals(429, limited.status(), limited.text());
            assertTrue(limited.text().contains("client address"), limited.text());
        }
    }

    @Test
    void aDeclaredBodyOverTheLimitGets413WithAProblem() throws Exception {
        String answer = rawRequest("POST /api/v1/indicator-datasets HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/octet-stream\r\nContent-Length: 2000000\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertTrue(answer.contains("\"status\":413"), answer);
    }

    @Test
    void aChunkedBodyOverTheLimitGets413WithAProblem() throws Exception {
        // Raw socket: the body goes on being written while the answer is read, as a browser would do.
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", gateway.getPort()), 5_000);
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/budget-datasets HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + Tokens.bearer("planner-1", "planner") + "\r\n"
                    + "Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                try {
                    for (int i = 0; i < 32; i++) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (java.io.IOException e) {
                    // the gateway may stop reading once it has answered
                }
            });
            writer.start();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            writer.join(10_000);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
            assertTrue(answer.contains("\"status\":413"), answer);
        }

        // A body under the limit still passes.
        given().header("Authorization", Tokens.bearer("planner-1", "planner"))
                .contentType("application/octet-stream")
                .body(new java.io.ByteArrayInputStream(new byte[512 * 1024]))
                .when().post("/api/v1/budget-datasets")
                .then().statusCode(200).body("bodyLength", equalTo(512 * 1024));
    }

    /** A response read off the wire. */
    record Raw(int status, String text) {
        String header(String name) {
            for (String line : text.split("\r\n")) {
                if (line.isEmpty()) {
                    break;
                }
                if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return null;
        }
    }

    private Raw get(String fromAddress, String authorization) throws Exception {
        String answer = rawRequest(InetAddress.getByName(fromAddress), "GET /api/v1/work-units HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: " + authorization + "\r\nConnection: close\r\n\r\n");
        return new Raw(Integer.parseInt(answer.substring(9, 12)), answer);
    }

    private String rawRequest(String head) throws Exception {
        return rawRequest(null, head);
    }

    private String rawRequest(InetAddress from, String head) throws Exception {
        try (Socket socket = new Socket()) {
            if (from != null) {
                socket.bind(new InetSocketAddress(from, 0));
            }
            socket.connect(new InetSocketAddress("127.0.0.1", gateway.getPort()), 5_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int n;
            while ((n = in.read(buffer)) > 0) {
                answer.write(buffer, 0, n);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
