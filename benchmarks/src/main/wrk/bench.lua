-- wrk script of ../../../../benchmark.sh: sends the bearer token from $BENCH_TOKEN (fetched fresh before each
-- run: Keycloak tokens live 300 s) and prints one machine-readable line with the figures the report needs,
-- including p95, which wrk --latency does not print.
local token = os.getenv("BENCH_TOKEN")
if token ~= nil and token ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. token
end
wrk.headers["Accept"] = os.getenv("BENCH_ACCEPT") or "application/json"

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        'WRK_RESULT {"requests":%d,"durationUs":%d,"bytes":%d,"connectErrors":%d,"readErrors":%d,' ..
        '"writeErrors":%d,"statusErrors":%d,"timeouts":%d,"latencyMeanUs":%.1f,"latencyMaxUs":%d,' ..
        '"p50Us":%d,"p90Us":%d,"p95Us":%d,"p99Us":%d}\n',
        summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
        latency.mean, latency.max, latency:percentile(50), latency:percentile(90), latency:percentile(95),
        latency:percentile(99)))
end
