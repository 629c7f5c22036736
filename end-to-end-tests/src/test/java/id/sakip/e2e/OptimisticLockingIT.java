package id.sakip.e2e;

import id.sakip.localstack.LocalStack;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * No lost updates: two users change the same realization at the same moment, both with the ETag they
 * read. One change is stored, the other gets 412 and nothing of it is stored. Several rounds, so the
 * race at the database (not only the If-Match check before it) is exercised.
 */
@ExtendWith(LocalStackExtension.class)
class OptimisticLockingIT {

    private static final int ROUNDS = 5;
    private static LocalStack stack;

    @BeforeAll
    static void data(LocalStack started) {
        stack = started;
        E2e.ensureSecondUnit(stack);
    }

    @Test
    void twoConcurrentUpdatesWithTheSameIfMatchOneWinsOneGets412() throws Exception {
        // two people of unit 409011 who may both enter realization: the operator and the planner
        String operator = E2e.token(stack, "operator-409011");
        String planner = E2e.token(stack, "planner-409011");
        long id = E2e.draftRealization(stack, operator, "Q2", "3.40");
        String url = stack.gatewayUrl() + "/api/v1/realizations/" + id;
        List<String> problems = new ArrayList<>();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Response current = E2e.send(() -> E2e.as(operator).accept("application/json").get(url));
                assertEquals(200, current.statusCode(), () -> E2e.describe(current));
                String etag = current.header("ETag");
                String[] values = {"3." + (10 + 2 * round), "3." + (11 + 2 * round)};
                String[] tokens = {operator, planner};

                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> answers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    String token = tokens[i];
                    String body = E2e.object().put("workUnit", E2e.SECOND_UNIT).put("year", 2024)
                            .put("indicator", "IKK-3.2").put("period", "Q2").put("value", new BigDecimal(values[i]))
                            .toString();
                    answers.add(pool.submit(() -> {
                        start.await();
                        return E2e.as(token).contentType("application/json").accept("application/json")
                                .header("If-Match", etag).body(body).put(url);
                    }));
                }
                start.countDown();
                Response first = answers.get(0).get(60, TimeUnit.SECONDS);
                Response second = answers.get(1).get(60, TimeUnit.SECONDS);
                int a = first.statusCode();
                int b = second.statusCode();

                String round_ = "round " + (round + 1) + " (If-Match " + etag + "): ";
                if (!((a == 200 && b == 412) || (a == 412 && b == 200))) {
                    problems.add(round_ + "expected one 200 and one 412, got " + E2e.describe(first) + " and "
                            + E2e.describe(second));
                    continue;
                }
                Response loser = a == 412 ? first : second;
                if (loser.contentType() == null || !loser.contentType().startsWith("application/problem+json")) {
                    problems.add(round_ + "the 412 is not problem details: " + loser.contentType());
                }
                String winner = a == 200 ? values[0] : values[1];
                Response stored = E2e.send(() -> E2e.as(operator).accept("application/json").get(url));
                BigDecimal value = stored.jsonPath().getObject("value", BigDecimal.class);
                if (value == null || value.compareTo(new BigDecimal(winner)) != 0) {
                    problems.add(round_ + "stored value " + value + ", expected the winner's " + winner);
                }
                if (stored.header("ETag") == null || stored.header("ETag").equals(etag)) {
                    problems.add(round_ + "the ETag did not change after the update: " + stored.header("ETag"));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }
}
