package id.sakip.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Turns the raw results of {@code benchmark.sh} (wrk outputs and a {@code facts.properties} file) into
 * {@code docs/benchmarks.md}: the machine, the figures, each issue-7 target and whether it was met.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar id.sakip.benchmarks.BenchmarkReport RESULTS_DIR OUT.md}
 */
public final class BenchmarkReport {

    static final String[] SERVICES = {"gateway", "indicators-service", "budget-service", "reporting-service"};
    static final int[] PULL_CONNECTIONS = {1, 10, 50};

    // targets of issue 7
    static final double GATEWAY_OVER_DIRECT_MAX = 1.15;
    static final double GATEWAY_OVER_NGINX_MAX = 1.10;
    static final double SCORECARD_P95_MS = 20;
    static final double PULL_OFFICE_P95_MS = 50;
    static final double PULL_DG_P95_MS = 300;
    static final double LKJIP_MEDIAN_S = 2;
    static final double IMPORT_ROWS_PER_S = 2000;
    static final double IDLE_RSS_MB = 200;
    static final double WARM_START_S = 60;

    private final Path results;
    private final Properties facts = new Properties();
    private final List<String[]> targets = new ArrayList<>();

    BenchmarkReport(Path results) throws IOException {
        this.results = results;
        Path file = results.resolve("facts.properties");
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                facts.load(r);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: BenchmarkReport RESULTS_DIR OUT.md");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        String markdown = new BenchmarkReport(Path.of(args[0])).render();
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Files.writeString(out, markdown, StandardCharsets.UTF_8);
        System.out.println("benchmark-report: wrote " + out);
    }

    String render() throws IOException {
        Optional<WrkResult> gateway = wrk("scorecard-gateway");
        Optional<WrkResult> direct = wrk("scorecard-direct");
        Optional<WrkResult> nginx = wrk("scorecard-nginx");
        String conns = fact("run.connections", "10");

        // ---- targets ----
        if (gateway.isPresent() && direct.isPresent()) {
            double ratio = (double) gateway.get().p50Us() / direct.get().p50Us();
            target("1", "Scorecard p50 through the gateway ÷ direct (" + conns + " connections)",
                    String.format(Locale.ROOT, "%.2f × (%s vs %s)", ratio, ms(gateway.get().p50Ms()),
                            ms(direct.get().p50Ms())), "≤ 1,15 ×", met(ratio <= GATEWAY_OVER_DIRECT_MAX, gateway,
                            direct));
        } else {
            target("1", "Scorecard p50 through the gateway ÷ direct", null, "≤ 1,15 ×", null);
        }
        if (gateway.isPresent() && nginx.isPresent()) {
            double ratio = (double) gateway.get().p50Us() / nginx.get().p50Us();
            target("2", "Scorecard p50 through the gateway ÷ through nginx (" + conns + " connections)",
                    String.format(Locale.ROOT, "%.2f × (%s vs %s)", ratio, ms(gateway.get().p50Ms()),
                            ms(nginx.get().p50Ms())), "≤ 1,10 ×", met(ratio <= GATEWAY_OVER_NGINX_MAX, gateway, nginx));
        } else {
            target("2", "Scorecard p50 through the gateway ÷ through nginx", null, "≤ 1,10 ×", null);
        }
        target("1", "One scorecard p95 through the gateway (" + conns + " connections)",
                gateway.map(BenchmarkReport::p95).orElse(null), "< 20 ms",
                gateway.map(w -> met(w.p95Ms() < SCORECARD_P95_MS, gateway)).orElse(null));
        Optional<WrkResult> office = wrk("pull-office-c10");
        target("3", "Kanwil pull of one office p95 (10 connections)", office.map(BenchmarkReport::p95).orElse(null),
                "< 50 ms", office.map(w -> met(w.p95Ms() < PULL_OFFICE_P95_MS, office)).orElse(null));
        Optional<WrkResult> dg = wrk("pull-dg-c10");
        target("3", "Kanwil pull of the whole directorate general p95 (10 connections)",
                dg.map(BenchmarkReport::p95).orElse(null), "< 300 ms",
                dg.map(w -> met(w.p95Ms() < PULL_DG_P95_MS, dg)).orElse(null));
        Double lkjip = number("lkjip.both.median.s");
        target("4", "LKjIP assembly + PDF, median", lkjip == null ? null : seconds(lkjip), "< 2 s",
                lkjip == null ? null : yesNo(lkjip < LKJIP_MEDIAN_S));
        Double rows = importRate("import.first");
        target("5", "Import of " + fact("import.first.rows", "?") + " realizations (new), rows per second",
                rows == null ? null : String.format(Locale.ROOT, "%.0f rows/s", rows), "≥ 2 000 rows/s",
                rows == null ? null : yesNo(rows >= IMPORT_ROWS_PER_S && "200".equals(fact("import.first.status", ""))));
        for (String service : SERVICES) {
            Double kb = number("rss.idle." + service);
            target("6", "Idle resident memory, " + service, kb == null ? null : mb(kb), "< 200 MB",
                    kb == null ? null : yesNo(kb / 1024 < IDLE_RSS_MB));
        }
        Double warm = number("start.warm.s");
        target("6", "Warm start of the whole stack", warm == null ? null : seconds(warm), "< 60 s",
                warm == null ? null : yesNo(warm < WARM_START_S));

        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks at national scale\n\n");
        md.append("Written by `./benchmark.sh` on ").append(fact("run.date", "?")).append(" (commit `")
                .append(fact("run.commit", "?")).append("`). Do not edit by hand: run the command again. ")
                .append("Targets from issue 7; every figure on this one machine, everything on localhost.\n\n");

        md.append("## Machine\n\n| | |\n|---|---|\n");
        row(md, "CPU", fact("machine.cpu", "?"));
        row(md, "cores (nproc)", fact("machine.nproc", "?"));
        row(md, "memory", fact("machine.memory", "?"));
        row(md, "Java", fact("machine.java", "?"));
        row(md, "OS", fact("machine.os", "?"));
        row(md, "load tools", fact("machine.tools", "?"));
        row(md, "service heap", "-Xmx" + fact("run.heap", "256m") + " each (the launcher's default)");
        md.append('\n');

        md.append("## Data\n\n").append(fact("data.description", "?")).append("\n\n");

        md.append("## Results against the targets\n\n| item | measurement | measured | target | met |\n")
                .append("|---|---|---|---|---|\n");
        for (String[] t : targets) {
            md.append("| ").append(String.join(" | ", t)).append(" |\n");
        }
        md.append('\n');

        md.append("## 1-2. One scorecard: gateway, direct, nginx\n\n")
                .append("`GET /api/v1/achievements?workUnit=").append(fact("scorecard.unit", "?"))
                .append("&year=").append(fact("scorecard.year", "?")).append("` as `")
                .append(fact("scorecard.user", "?")).append("`, ").append(conns).append(" connections, ")
                .append(fact("run.threads", "2")).append(" wrk threads, ").append(fact("run.duration", "10s"))
                .append(" each, after a warm-up run of ").append(fact("run.warmup", "3s"))
                .append("; same token, same run.\n\n");
        wrkHeader(md, "path");
        wrkRow(md, "gateway :" + fact("port.gateway", "?"), gateway);
        wrkRow(md, "direct, indicators-service :" + fact("port.indicators", "?"), direct);
        wrkRow(md, "nginx " + fact("nginx.version", "") + " reverse proxy :" + fact("port.nginx", "?"), nginx);
        md.append('\n');
        if (number("cpu.scorecard-gateway.gateway") != null) {
            md.append("CPU time per answer during the same runs (user + system from `/proc/<pid>/stat`, divided by ")
                    .append("the requests wrk completed): the cost of each hop, which on a shared 2-core machine ")
                    .append("turns directly into latency.\n\n")
                    .append("| path | gateway | indicators-service | nginx |\n|---|---|---|---|\n");
            cpuRow(md, "through the gateway", "scorecard-gateway", gateway);
            cpuRow(md, "direct", "scorecard-direct", direct);
            cpuRow(md, "through nginx", "scorecard-nginx", nginx);
            md.append('\n');
        }
        Optional<WrkResult> gatewayAlone = wrk("scorecard-gateway-c1");
        Optional<WrkResult> directAlone = wrk("scorecard-direct-c1");
        Optional<WrkResult> nginxAlone = wrk("scorecard-nginx-c1");
        if (gatewayAlone.isPresent() || directAlone.isPresent() || nginxAlone.isPresent()) {
            md.append("The same request at 1 connection (one request at a time, so no hop waits for a CPU): the ")
                    .append("latency a hop adds by itself.\n\n");
            wrkHeader(md, "path");
            wrkRow(md, "gateway", gatewayAlone);
            wrkRow(md, "direct", directAlone);
            wrkRow(md, "nginx", nginxAlone);
            md.append('\n');
            if (directAlone.isPresent() && directAlone.get().requests() > 0) {
                md.append("Added to the direct p50 of ").append(ms(directAlone.get().p50Ms())).append(": ")
                        .append(addedP50(gatewayAlone, directAlone.get())).append(" by the gateway, ")
                        .append(addedP50(nginxAlone, directAlone.get())).append(" by nginx.\n\n");
            }
        }

        md.append("## 3. Kanwil pull\n\n")
                .append("`GET /api/v1/achievements?parent=…&year=").append(fact("scorecard.year", "?"))
                .append("` through the gateway: one office (`").append(fact("pull.office", "?")).append("`, ")
                .append(fact("pull.office.units", "?")).append(" units, as `").append(fact("pull.office.user", "?"))
                .append("`) and the whole directorate general (`").append(fact("pull.dg", "?")).append("`, ")
                .append(fact("pull.dg.units", "?")).append(" units in one page, as `")
                .append(fact("pull.dg.user", "?")).append("`).\n\n");
        md.append("| scope | connections | req/s | p50 | p95 | p99 | errors | bytes/answer |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (String scope : new String[]{"office", "dg"}) {
            for (int c : PULL_CONNECTIONS) {
                Optional<WrkResult> w = wrk("pull-" + scope + "-c" + c);
                md.append("| ").append(scope.equals("office") ? "one office" : "directorate general").append(" | ")
                        .append(c).append(" | ").append(w.map(BenchmarkReport::wrkCells)
                                .orElse("not measured | | | | | ")).append(" |\n");
            }
        }
        md.append('\n');

        md.append("## 4. LKjIP assembly and PDF\n\n")
                .append("Work unit `").append(fact("lkjip.unit", "?")).append("`, year ")
                .append(fact("lkjip.year", "?")).append(", as `").append(fact("lkjip.user", "?"))
                .append("`, through the gateway; hyperfine, ").append(fact("lkjip.runs", "?"))
                .append(" runs after a warm-up.\n\n| step | median | min | max |\n|---|---|---|---|\n");
        for (String[] step : new String[][]{{"assemble", "POST /api/v1/reports (refreshes the draft)"},
                {"pdf", "GET /api/v1/reports/{id}, Accept: application/pdf"}, {"both", "both, one after the other"}}) {
            Double median = number("lkjip." + step[0] + ".median.s");
            md.append("| ").append(step[1]).append(" | ").append(median == null ? "not measured" : seconds(median))
                    .append(" | ").append(secondsOrBlank("lkjip." + step[0] + ".min.s")).append(" | ")
                    .append(secondsOrBlank("lkjip." + step[0] + ".max.s")).append(" |\n");
        }
        md.append('\n');

        md.append("## 5. Dataset import\n\nAs `admin` through the gateway, one request per file, timed by curl.\n\n")
                .append("| import | rows | HTTP | seconds | rows/s |\n|---|---|---|---|---|\n");
        importRow(md, "import.first", "performance-import file into the empty system (realizations created)");
        importRow(md, "import.again", "the same file again (all unchanged)");
        importRow(md, "import.performance", "full performance.json (the remaining realizations created)");
        importRow(md, "import.budget", "full budget.json (budgets + revenues + scores)");
        md.append('\n');
        Path profile = results.resolve("import-profile.txt");
        if (Files.isRegularFile(profile)) {
            md.append("Where indicators-service spent its CPU during the first import (JFR execution samples, by the ")
                    .append("first project frame on the stack):\n\n```\n").append(Files.readString(profile).strip())
                    .append("\n```\n\n");
        }

        md.append("## 6. Memory and start time\n\n| process | RSS idle | RSS under load (max) |\n|---|---|---|\n");
        for (String p : new String[]{"gateway", "indicators-service", "budget-service", "reporting-service",
                "keycloak"}) {
            Double idle = number("rss.idle." + p);
            Double load = number("rss.load." + p);
            md.append("| ").append(p).append(" | ").append(idle == null ? "–" : mb(idle)).append(" | ")
                    .append(load == null ? "–" : mb(load)).append(" |\n");
        }
        md.append("\nIdle: VmRSS from `/proc/<pid>/status` ").append(fact("rss.idle.when", "after the warm start"))
                .append("; under load: the highest VmRSS sampled every second during the wrk runs.\n\n");
        md.append("| start | seconds |\n|---|---|\n");
        md.append("| first start (fresh database, demo data loaded) | ").append(secondsOrBlank("start.cold.s"))
                .append(" |\n");
        md.append("| warm start (same data directory, Keycloak unpacked, demo data re-imported) | ")
                .append(secondsOrBlank("start.warm.s")).append(" |\n\n");

        md.append("## How it was measured\n\n")
                .append("- `./benchmark.sh` builds what is missing, generates the dataset with ")
                .append("`id.sakip.benchmarks.DatasetGenerator` into `target/benchmark/data`, and starts the stack ")
                .append("with the local-stack launcher in `target/benchmark/stack` (own PostgreSQL data directory) on ")
                .append("ports offset by ").append(fact("run.port-offset", "?")).append(".\n")
                .append("- Load: wrk ").append(fact("wrk.version", "")).append(" with `benchmarks/src/main/wrk/bench.lua` ")
                .append("(bearer token from the environment, prints p50/p90/p95/p99). A fresh token is fetched before ")
                .append("every run (tokens live 300 s).\n")
                .append("- The gateway's rate limits stay on but are raised for the run (")
                .append(fact("run.rate-limits", "see benchmark.sh")).append("): one benchmark user would otherwise ")
                .append("measure 429 answers.\n")
                .append("- Timeouts raised for the run so that imports are timed to their end: ")
                .append(fact("run.timeouts", "see benchmark.sh")).append(". An import slower than the defaults ")
                .append("fails in normal operation (504 from the gateway, rolled back by the service).\n")
                .append("- A run with errors (socket errors or non-2xx answers) does not meet its target.\n")
                .append("- The load generator, the proxies, the services, Keycloak and PostgreSQL share the same ")
                .append(fact("machine.nproc", "?")).append(" cores: absolute figures are lower than on separate ")
                .append("machines, the ratios are what this run can compare.\n");
        Path notes = results.resolve("notes.md");
        if (Files.isRegularFile(notes)) {
            md.append("\n## Notes\n\n").append(Files.readString(notes).strip()).append('\n');
        }
        return md.toString();
    }

    List<String[]> targets() {
        return targets;
    }

    private void target(String item, String what, String measured, String target, String met) {
        targets.add(new String[]{item, what, measured == null ? "not measured" : measured, target,
                met == null ? "–" : met});
    }

    @SafeVarargs
    private static String met(boolean ok, Optional<WrkResult>... runs) {
        long errors = 0;
        for (Optional<WrkResult> r : runs) {
            if (r.isPresent() && r.get().requests() == 0) {
                return "**no** (no answer completed within the run)";
            }
            errors += r.map(WrkResult::errors).orElse(0L);
        }
        if (errors > 0) {
            return "no (" + errors + " errors in the run)";
        }
        return yesNo(ok);
    }

    private static String yesNo(boolean ok) {
        return ok ? "yes" : "**no**";
    }

    private Optional<WrkResult> wrk(String name) throws IOException {
        return WrkResult.read(results.resolve(name + ".txt"));
    }

    private Double importRate(String prefix) {
        Double rowsCount = number(prefix + ".rows");
        Double secs = number(prefix + ".s");
        return rowsCount == null || secs == null || secs <= 0 ? null : rowsCount / secs;
    }

    private void importRow(StringBuilder md, String prefix, String label) {
        Double rate = importRate(prefix);
        md.append("| ").append(label).append(" | ").append(fact(prefix + ".rows", "–")).append(" | ")
                .append(fact(prefix + ".status", "–")).append(" | ").append(secondsOrBlank(prefix + ".s"))
                .append(" | ").append(rate == null ? "–" : String.format(Locale.ROOT, "%.0f", rate)).append(" |\n");
    }

    private static void wrkHeader(StringBuilder md, String first) {
        md.append("| ").append(first).append(" | req/s | p50 | p95 | p99 | errors | bytes/answer |\n")
                .append("|---|---|---|---|---|---|---|\n");
    }

    private static void wrkRow(StringBuilder md, String label, Optional<WrkResult> w) {
        md.append("| ").append(label).append(" | ").append(w.map(BenchmarkReport::wrkCells)
                .orElse("not measured | | | | | ")).append(" |\n");
    }

    private void cpuRow(StringBuilder md, String label, String run, Optional<WrkResult> w) {
        Double tick = number("machine.clk_tck");
        md.append("| ").append(label);
        for (String process : new String[]{"gateway", "indicators-service", "nginx"}) {
            Double ticks = number("cpu." + run + "." + process);
            String cell = "–";
            if (ticks != null && tick != null && w.isPresent() && w.get().requests() > 0) {
                cell = String.format(Locale.ROOT, "%.2f ms", ticks * 1000 / tick / w.get().requests());
            }
            md.append(" | ").append(cell);
        }
        md.append(" |\n");
    }

    private static String p95(WrkResult w) {
        return w.requests() == 0 ? "no answer in " + Math.round(w.durationUs() / 1e6) + " s" : ms(w.p95Ms());
    }

    private static String addedP50(Optional<WrkResult> via, WrkResult direct) {
        if (via.isEmpty() || via.get().requests() == 0) {
            return "– (not measured)";
        }
        return String.format(Locale.ROOT, "%+.2f ms", via.get().p50Ms() - direct.p50Ms());
    }

    private static String wrkCells(WrkResult w) {
        if (w.requests() == 0) {
            return String.format(Locale.ROOT, "0 | no answer completed in %.0f s | | | %d | ", w.durationUs() / 1e6,
                    w.errors());
        }
        return String.format(Locale.ROOT, "%.0f | %s | %s | %s | %d | %d", w.requestsPerSecond(), ms(w.p50Ms()),
                ms(w.p95Ms()), ms(w.p99Ms()), w.errors(), w.bytesPerRequest());
    }

    private static void row(StringBuilder md, String key, String value) {
        md.append("| ").append(key).append(" | ").append(value).append(" |\n");
    }

    private String fact(String key, String fallback) {
        String v = facts.getProperty(key);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    private Double number(String key) {
        String v = facts.getProperty(key);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String secondsOrBlank(String key) {
        Double v = number(key);
        return v == null ? "–" : seconds(v);
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.1f ms", millis);
    }

    static String seconds(double s) {
        return String.format(Locale.ROOT, s < 10 ? "%.2f s" : "%.1f s", s);
    }

    static String mb(double kilobytes) {
        return String.format(Locale.ROOT, "%.0f MB", kilobytes / 1024);
    }
}
