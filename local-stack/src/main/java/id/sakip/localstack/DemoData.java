package id.sakip.localstack;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Imports the seed office's datasets through the gateway as {@code admin}; the imports are idempotent. */
final class DemoData {

    private DemoData() {
    }

    static List<DemoDataResult> load(Path dataDir, String gatewayUrl, String adminToken, Log log) {
        List<DemoDataResult> results = new ArrayList<>();
        results.add(post(dataDir.resolve("performance.json"), gatewayUrl + "/api/v1/indicator-datasets", adminToken, log));
        results.add(post(dataDir.resolve("budget.json"), gatewayUrl + "/api/v1/budget-datasets", adminToken, log));
        return results;
    }

    private static DemoDataResult post(Path file, String url, String token, Log log) {
        String name = file.getFileName().toString();
        DemoDataResult result;
        try {
            byte[] json = Files.readAllBytes(file);
            HttpResponse<String> response = Http.postJson(url, token, json, Duration.ofMinutes(5));
            result = new DemoDataResult(name, url, response.statusCode(), Http.oneLine(response.body(), 300));
        } catch (IOException e) {
            result = new DemoDataResult(name, url, -1, Http.oneLine(String.valueOf(e.getMessage()), 300));
        }
        if (result.ok()) {
            log.info("demo data " + name + " imported (HTTP " + result.status() + ")");
        } else if (result.endpointMissing()) {
            log.warn("demo data " + name + " not imported: " + url + " answers 404 (not implemented yet?)");
        } else {
            log.warn("demo data " + name + " not imported: " + result);
        }
        return result;
    }
}
