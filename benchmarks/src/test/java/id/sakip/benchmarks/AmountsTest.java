package id.sakip.benchmarks;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AmountsTest {

    @Test
    void aSplitAddsUpToTheTotalInWholeThousands() {
        long[] parts = Amounts.split(26_855_838_000L, new double[]{0.144, 0.856}, 1000);
        assertEquals(26_855_838_000L, Arrays.stream(parts).sum());
        assertEquals(0, parts[0] % 1000);
    }

    @Test
    void aRealizationSplitStaysWithinEachCeiling() {
        long[] ceilings = {4_636_514_000L, 7_630_946_000L, 14_588_378_000L};
        for (int seed = 0; seed < 200; seed++) {
            long[] parts = Amounts.splitRealization(26_046_788_234L, ceilings, Rng.of(seed, "t"));
            assertEquals(26_046_788_234L, Arrays.stream(parts).sum());
            for (int i = 0; i < parts.length; i++) {
                assertTrue(parts[i] >= 0 && parts[i] <= ceilings[i], Arrays.toString(parts));
            }
        }
    }

    @Test
    void percentagesAreRoundedHalfUpAsPrinted() {
        // the seed's 2024 absorption: 26.046.788.234 of 26.855.838.000 = 96,99 %
        assertEquals(new BigDecimal("96.99"), Amounts.percent(26_046_788_234L, 26_855_838_000L));
        // PNBP 2024: 22.239.627.009 of 14.787.430.000 = 150,40 %
        assertEquals(new BigDecimal("150.40"), Amounts.percent(22_239_627_009L, 14_787_430_000L));
        assertNull(Amounts.percent(1, 0));
    }
}
