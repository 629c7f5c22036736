package id.sakip.benchmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading wrk's output through bench.lua's result line, and judging the figures against the targets. */
class BenchmarkReportTest {

    /** What wrk 4.1.0 printed with bench.lua (a real run against a local HTTP server). */
    static final String WRK_OUTPUT = """
            Running 2s test @ http://127.0.0.1:18999/
              1 threads and 2 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     6.23ms    5.59ms  42.94ms   88.78%
                Req/Sec   370.00     86.65   550.00     90.00%
              Latency Distribution
                 50%    4.05ms
                 75%    7.05ms
                 90%   12.41ms
                 99%   32.06ms
              741 requests in 2.01s, 5.12MB read
            Requests/sec:    368.17
            Transfer/sec:      2.55MB
            WRK_RESULT {"requests":741,"durationUs":2012676,"bytes":5372406,"connectErrors":0,"readErrors":0,\
            "writeErrors":0,"statusErrors":0,"timeouts":0,"latencyMeanUs":6230.4,"latencyMaxUs":42936,"p50Us":4048,\
            "p90Us":12406,"p95Us":17576,"p99Us":32058}
            """;

    @Test
    void wrkResultLineIsRead() {
        WrkResult w = WrkResult.parse(WRK_OUTPUT).orElseThrow();
        assertEquals(741, w.requests());
        assertEquals(368.17, w.requestsPerSecond(), 0.01, "agrees with wrk's own Requests/sec");
        assertEquals(4.048, w.p50Ms(), 1e-9);
        assertEquals(17.576, w.p95Ms(), 1e-9);
        assertEquals(32.058, w.p99Ms(), 1e-9);
        assertEquals(0, w.errors());
        assertEquals(7250, w.bytesPerRequest());
    }

    @Test
    void outputWithoutTheResultLineIsNotAResult() {
        assertEquals(Optional.empty(), WrkResult.parse("unable to connect to 127.0.0.1:1 Connection refused\n"));
    }

    @Test
    void figuresAreJudgedAgainstTheTargets(@TempDir Path dir) throws IOException {
        write(dir, "scorecard-direct", 10_000, 0);
        write(dir, "scorecard-gateway", 11_000, 0); // 1.10 × direct: met
        write(dir, "scorecard-nginx", 9_000, 0); // gateway 1.22 × nginx: missed
        write(dir, "pull-office-c10", 30_000, 0); // p95 45 ms: met
        write(dir, "pull-dg-c10", 250_000, 3); // fast enough, but with errors
        Files.writeString(dir.resolve("facts.properties"), String.join("\n",
                "lkjip.both.median.s=2.4",
                "import.first.rows=10000", "import.first.s=4.0", "import.first.status=200",
                "rss.idle.gateway=150000", "rss.idle.indicators-service=230000",
                "start.warm.s=45.2"));
        BenchmarkReport report = new BenchmarkReport(dir);
        String md = report.render();
        List<String[]> t = report.targets();

        assertEquals("yes", find(t, "gateway ÷ direct")[4]);
        assertTrue(find(t, "gateway ÷ direct")[2].startsWith("1.10 ×"), find(t, "gateway ÷ direct")[2]);
        assertEquals("**no**", find(t, "gateway ÷ through nginx")[4]);
        assertEquals("yes", find(t, "One scorecard p95")[4], "p95 of 11 ms × 1.5 is below 20 ms");
        assertEquals("yes", find(t, "one office")[4]);
        assertEquals("no (3 errors in the run)", find(t, "whole directorate general")[4]);
        assertEquals("**no**", find(t, "LKjIP")[4]);
        assertEquals("2500 rows/s", find(t, "rows per second")[2]);
        assertEquals("yes", find(t, "rows per second")[4]);
        assertEquals("yes", find(t, "memory, gateway")[4]);
        assertEquals("**no**", find(t, "memory, indicators-service")[4]);
        assertEquals("not measured", find(t, "memory, budget-service")[2]);
        assertEquals("–", find(t, "memory, budget-service")[4]);
        assertEquals("yes", find(t, "Warm start")[4]);
        assertTrue(md.contains("| directorate general | 10 |"), md);
        assertTrue(md.contains("## Machine"), md);
    }

    private static String[] find(List<String[]> targets, String what) {
        return targets.stream().filter(t -> t[1].contains(what)).findFirst()
                .orElseThrow(() -> new AssertionError("no target row with " + what));
    }

    /** A wrk result with the given p50 (µs), p95 = 1.5 × p50, and errors. */
    private static void write(Path dir, String name, long p50Us, long statusErrors) throws IOException {
        Files.writeString(dir.resolve(name + ".txt"), String.format(
                "WRK_RESULT {\"requests\":1000,\"durationUs\":10000000,\"bytes\":100000,\"connectErrors\":0,"
                        + "\"readErrors\":0,\"writeErrors\":0,\"statusErrors\":%d,\"timeouts\":0,\"latencyMeanUs\":%d,"
                        + "\"latencyMaxUs\":%d,\"p50Us\":%d,\"p90Us\":%d,\"p95Us\":%d,\"p99Us\":%d}%n",
                statusErrors, p50Us, p50Us * 3, p50Us, p50Us * 14 / 10, p50Us * 15 / 10, p50Us * 2));
    }

    @Test
    void theLatencyEachHopAddsAtOneConnectionIsReported(@TempDir Path dir) throws IOException {
        write(dir, "scorecard-gateway-c1", 1_450, 0);
        write(dir, "scorecard-direct-c1", 1_200, 0);
        write(dir, "scorecard-nginx-c1", 1_260, 0);
        Files.writeString(dir.resolve("facts.properties"), "");
        String md = new BenchmarkReport(dir).render();

        assertTrue(md.contains("| gateway | 100 | 1.45 ms |"), md);
        assertTrue(md.contains("Added to the direct p50 of 1.20 ms: +0.25 ms by the gateway, +0.06 ms by nginx."), md);
    }

    @Test
    void withoutTheOneConnectionRunsThereIsNoSuchTable(@TempDir Path dir) throws IOException {
        write(dir, "scorecard-gateway", 11_000, 0);
        Files.writeString(dir.resolve("facts.properties"), "");
        assertTrue(!new BenchmarkReport(dir).render().contains("at 1 connection"));
    }

    @Test
    void cpuTimePerAnswerIsTheRunsTicksOverItsRequests(@TempDir Path dir) throws IOException {
        write(dir, "scorecard-gateway", 11_000, 0); // 1000 requests
        write(dir, "scorecard-direct", 10_000, 0);
        Files.writeString(dir.resolve("facts.properties"), String.join("\n", "machine.clk_tck=100",
                "cpu.scorecard-gateway.gateway=50", "cpu.scorecard-gateway.indicators-service=120",
                "cpu.scorecard-gateway.nginx=0", "cpu.scorecard-direct.gateway=1",
                "cpu.scorecard-direct.indicators-service=110", "cpu.scorecard-direct.nginx=0"));
        String md = new BenchmarkReport(dir).render();

        // 50 ticks of 10 ms over 1000 answers = 0.5 ms each
        assertTrue(md.contains("| through the gateway | 0.50 ms | 1.20 ms | 0.00 ms |"), md);
        assertTrue(md.contains("| direct | 0.01 ms | 1.10 ms | 0.00 ms |"), md);
        assertTrue(md.contains("| through nginx | – | – | – |"), md);
    }

    @Test
    void aRunWithoutAnyCompletedAnswerMissesItsTarget(@TempDir Path dir) throws IOException {
        // wrk prints zero latencies when no answer completed within the run: that is not 0 ms
        Files.writeString(dir.resolve("pull-dg-c10.txt"), "WRK_RESULT {\"requests\":0,\"durationUs\":10092754,"
                + "\"bytes\":123474,\"connectErrors\":0,\"readErrors\":0,\"writeErrors\":0,\"statusErrors\":0,"
                + "\"timeouts\":0,\"latencyMeanUs\":0.0,\"latencyMaxUs\":0,\"p50Us\":0,\"p90Us\":0,\"p95Us\":0,"
                + "\"p99Us\":0}\n");
        BenchmarkReport report = new BenchmarkReport(dir);
        String md = report.render();
        String[] dg = find(report.targets(), "whole directorate general");
        assertEquals("no answer in 10 s", dg[2]);
        assertEquals("**no** (no answer completed within the run)", dg[4]);
        assertTrue(md.contains("| directorate general | 10 | 0 | no answer completed in 10 s"), md);
    }
}
