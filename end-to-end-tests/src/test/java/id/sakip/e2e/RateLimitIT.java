package id.sakip.e2e;

import id.sakip.localstack.LocalStack;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's per-user rate limit with its configured defaults (gateway README: per token subject a burst
 * of 100, then 50 requests/s): a burst well beyond it from one caller gets 429 with {@code Retry-After} and
 * problem details, another caller is not affected, and after waiting {@code Retry-After} normal traffic of
 * the same caller goes through again. The caller is the service account of budget-service, which no other
 * suite uses through the gateway, so its bucket starts full and the other suites never meet its limit.
 */
@ExtendWith(LocalStackExtension.class)
class RateLimitIT {

    /** Sent all at once: on a loaded machine the answered requests are slow, so only many in flight exceed 50/s. */
    private static final int BURST = 400;
    private static LocalStack stack;

    @BeforeAll
    static void stack(LocalStack started) {
        stack = started;
    }

    @Test
    void aBurstBeyondTheLimitGets429WithRetryAfterAndTrafficContinuesAfterwards() throws Exception {
        String token = E2e.clientToken(stack, "budget-service");
        String url = stack.gatewayUrl() + "/api/v1/work-units/408103";
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

        // the caller gets in before the burst
        assertEquals(200, get(client, url, token).statusCode());

        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < BURST; i++) {
            answers.add(client.sendAsync(request(url, token), HttpResponse.BodyHandlers.ofString()));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        HttpResponse<String> limited = null;
        long leastRemaining = Long.MAX_VALUE;
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> r = answer.get(180, TimeUnit.SECONDS);
            statuses.merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() == 429 && limited == null) {
                limited = r;
            }
            var remaining = r.headers().firstValue("X-RateLimit-Remaining");
            if (remaining.isPresent()) {
                leastRemaining = Math.min(leastRemaining, Long.parseLong(remaining.get()));
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("[e2e] rate limit: " + BURST + " requests of one caller in " + millis + " ms: " + statuses
                + ", least X-RateLimit-Remaining " + (leastRemaining == Long.MAX_VALUE ? "none" : leastRemaining));

        String remainingSeen = leastRemaining == Long.MAX_VALUE ? "no X-RateLimit-Remaining header: the per-user limit"
                + " was not applied" : "least X-RateLimit-Remaining " + leastRemaining;
        assertTrue(limited != null, "no 429 in a burst of " + BURST + " requests in " + millis + " ms: " + statuses
                + " (" + remainingSeen + ")");
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 200 || s == 429), "only 200 and 429: " + statuses);
        assertTrue(statuses.getOrDefault(200, 0) >= 99, "the configured burst of 100 (one used before) goes through: " + statuses);

        String retryAfter = limited.headers().firstValue("Retry-After").orElse(null);
        assertTrue(retryAfter != null && retryAfter.matches("\\d+") && Long.parseLong(retryAfter) >= 1,
                "Retry-After in whole seconds: " + retryAfter);
        assertTrue(limited.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "429 as problem details: " + limited.headers().map());
        assertEquals(429, E2e.json(limited.body()).path("status").asInt(), limited.body());

        // another caller is not limited by this one's burst
        Response other = E2e.as(E2e.token(stack, "auditor")).accept("application/json").get(url);
        assertEquals(200, other.statusCode(), () -> "another user right after the burst: " + E2e.describe(other));

        // after Retry-After, normal traffic (10 requests/s, below the refill rate) goes through again
        E2e.sleep(Long.parseLong(retryAfter) * 1000 + 200);
        List<Integer> after = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            after.add(get(client, url, token).statusCode());
            E2e.sleep(100);
        }
        assertTrue(after.stream().allMatch(s -> s == 200), "normal traffic after Retry-After: " + after);
    }

    private static HttpResponse<String> get(HttpClient client, String url, String token)
            throws IOException, InterruptedException {
        return client.send(request(url, token), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
    }
}
