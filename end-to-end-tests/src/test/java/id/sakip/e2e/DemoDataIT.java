package id.sakip.e2e;

import id.sakip.localstack.DemoDataResult;
import id.sakip.localstack.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo data loads at startup, as with the run command, and importing it again is harmless. */
@ExtendWith(LocalStackExtension.class)
class DemoDataIT {

    private static LocalStack stack;

    @BeforeAll
    static void stack(LocalStack started) {
        stack = started;
    }

    @Test
    void bothDatasetsWereImportedAtStartup() {
        assertEquals(2, stack.demoDataResults().size(), stack.demoDataResults().toString());
        for (DemoDataResult result : stack.demoDataResults()) {
            assertTrue(result.ok(), result.toString());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "performance.json, /api/v1/indicator-datasets",
            "budget.json,      /api/v1/budget-datasets",
    })
    void importingAgainSucceeds(String file, String path) {
        Path dataset = stack.config().demoDataDir().resolve(file);
        given().auth().oauth2(stack.token("admin")).contentType("application/json").accept("application/json")
                .body(dataset.toFile())
                .when().post(stack.gatewayUrl() + path)
                .then().statusCode(allOf(greaterThanOrEqualTo(200), lessThan(300)));
    }
}
