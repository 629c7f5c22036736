package id.sakip.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The figures of one wrk run, read from the {@code WRK_RESULT {...}} line that {@code src/main/wrk/bench.lua}
 * prints (wrk's own text has no p95). Latencies in microseconds.
 */
record WrkResult(long requests, long durationUs, long bytes, long connectErrors, long readErrors, long writeErrors,
                 long statusErrors, long timeouts, double meanUs, long maxUs, long p50Us, long p90Us, long p95Us,
                 long p99Us) {

    static final String MARKER = "WRK_RESULT ";

    static Optional<WrkResult> parse(String output) {
        for (String line : output.split("\\R")) {
            int at = line.indexOf(MARKER);
            if (at < 0) {
                continue;
            }
            try {
                JsonNode j = Json.MAPPER.readTree(line.substring(at + MARKER.length()));
                return Optional.of(new WrkResult(j.path("requests").asLong(), j.path("durationUs").asLong(),
                        j.path("bytes").asLong(), j.path("connectErrors").asLong(), j.path("readErrors").asLong(),
                        j.path("writeErrors").asLong(), j.path("statusErrors").asLong(), j.path("timeouts").asLong(),
                        j.path("latencyMeanUs").asDouble(), j.path("latencyMaxUs").asLong(), j.path("p50Us").asLong(),
                        j.path("p90Us").asLong(), j.path("p95Us").asLong(), j.path("p99Us").asLong()));
            } catch (IOException e) {
                throw new IllegalArgumentException("unreadable wrk result line: " + line, e);
            }
        }
        return Optional.empty();
    }

    static Optional<WrkResult> read(Path file) throws IOException {
        return Files.isRegularFile(file) ? parse(Files.readString(file)) : Optional.empty();
    }

    double requestsPerSecond() {
        return durationUs == 0 ? 0 : requests * 1_000_000.0 / durationUs;
    }

    /** Socket errors and non-2xx/3xx answers: a run with errors measured something else than intended. */
    long errors() {
        return connectErrors + readErrors + writeErrors + statusErrors + timeouts;
    }

    double p50Ms() {
        return p50Us / 1000.0;
    }

    double p95Ms() {
        return p95Us / 1000.0;
    }

    double p99Ms() {
        return p99Us / 1000.0;
    }

    /** Mean response size, to show what a request carried. */
    long bytesPerRequest() {
        return requests == 0 ? 0 : bytes / requests;
    }
}
