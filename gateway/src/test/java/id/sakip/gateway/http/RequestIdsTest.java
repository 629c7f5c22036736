package id.sakip.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    private static final Pattern UUID_V4 =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern LOG_SAFE = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    @Test
    void aMadeIdIsAVersion4UuidAndLogSafe() {
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIds.newId();
            assertTrue(UUID_V4.matcher(id).matches(), id);
            assertTrue(LOG_SAFE.matcher(id).matches(), id);
            UUID parsed = UUID.fromString(id);
            assertEquals(4, parsed.version(), id);
            assertEquals(2, parsed.variant(), id);
        }
    }

    @Test
    void madeIdsAreUniqueAcrossThreads() throws Exception {
        int threads = 4;
        int perThread = 50_000;
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        seen.add(RequestIds.newId());
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads * perThread, seen.size());
    }

    @Test
    void aHarmlessOfferedIdIsKeptAnyOtherIsReplaced() {
        assertEquals("abc-123", RequestIds.acceptOrCreate("abc-123"));
        assertEquals("trace:4bf92f35@gw/1+x=y", RequestIds.acceptOrCreate("trace:4bf92f35@gw/1+x=y"));
        for (String bad : new String[] {null, "", "with space", "tab\there", "new\nline", "x".repeat(129)}) {
            String id = RequestIds.acceptOrCreate(bad);
            assertNotEquals(bad, id);
            assertTrue(UUID_V4.matcher(id).matches(), id);
        }
    }
}
