package id.sakip.reporting.support;

import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;

/** Test-side control of {@link FakeServicesResource} over HTTP. */
public final class Fakes {

    private Fakes() {
    }

    private static String base() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.indicators.url", String.class);
    }

    public static void stopBudget() {
        RestAssured.given().baseUri(base()).post("/__control/budget/stop").then().statusCode(204);
    }

    public static void startBudget() {
        RestAssured.given().baseUri(base()).post("/__control/budget/start").then().statusCode(204);
    }

    public static void reset() {
        RestAssured.given().baseUri(base()).post("/__control/reset").then().statusCode(204);
    }

    public static void replace(String file, String json) {
        RestAssured.given().baseUri(base()).body(json).put("/__control/file/" + file).then().statusCode(204);
    }

    /** Until {@link #reset()}, the fake answers 404 for this file (e.g. an endpoint an older service lacks). */
    public static void remove(String file) {
        replace(file, "");
    }

    public static List<String> calls() {
        return RestAssured.given().baseUri(base()).get("/__control/calls").then().statusCode(200).extract()
                .jsonPath().getList("$", String.class);
    }
}
