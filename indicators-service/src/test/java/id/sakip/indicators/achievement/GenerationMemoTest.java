package id.sakip.indicators.achievement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenerationMemoTest {

    @ParameterizedTest(name = "kept at {0}, asked for {1}: loads {2} time(s) in all")
    @CsvSource({
            "5, 5, 1", // same generation: the kept value
            "5, 4, 1", // a reader that saw an older generation: the kept (newer) value is fine
            "5, 6, 2", // a write happened since: load again
    })
    void loadsOnlyWhenTheGenerationMovedPastTheKeptOne(long kept, long asked, int loads) {
        AtomicInteger count = new AtomicInteger();
        GenerationMemo<String> memo = new GenerationMemo<>();
        assertEquals("value 1", memo.get(kept, () -> "value " + count.incrementAndGet()));

        String answer = memo.get(asked, () -> "value " + count.incrementAndGet());

        assertEquals(loads, count.get());
        assertEquals("value " + loads, answer);
    }
}
