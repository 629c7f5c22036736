package id.sakip.budget.revenue;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.budget.Seed;
import id.sakip.budget.revenue.dto.RevenueData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static id.sakip.budget.common.Numbers.round2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** PNBP (Tabel III.18-III.21) recomputed from the seed's account deposits. */
class RevenueCalculatorTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2021, 62244123", "2022, 16030963172", "2023, 21607503680", "2024, 22239627009"})
    void realizationIsTheSumOfTheAccounts(int year, long expected) {
        assertEquals(expected, RevenueCalculator.total(accounts(year)));
    }

    @Test
    void percentOfTarget2024() {
        Long total = RevenueCalculator.total(accounts(2024));
        assertEquals(new BigDecimal("150.40"), round2(RevenueCalculator.percentOfTarget(total, 14_787_430_000L)));
    }

    @Test
    void spmDeductionsCountAndRefundsAreTakenOff() {
        RevenueData.Account a = new RevenueData.Account("425131", null, 0L, 6_514_099L, 0L, 0L, 22_405_496L, 100L, null);
        assertEquals(28_919_495L, RevenueCalculator.realization(a));
    }

    @Test
    void unknownPartsLeaveTheRealizationUnknown() {
        RevenueData.Account a = new RevenueData.Account("425211", null, null, 1L, 0L, 0L, 0L, 0L, null);
        assertNull(RevenueCalculator.realization(a));
        assertNull(RevenueCalculator.percentOfTarget(100L, null));
    }

    private static List<RevenueData.Account> accounts(int year) {
        List<RevenueData.Account> out = new ArrayList<>();
        for (JsonNode r : Seed.tree().get("revenues")) {
            if (r.get("year").asInt() == year) {
                r.get("accounts").forEach(a -> out.add(new RevenueData.Account(a.get("code").asText(), null,
                        a.get("mpnTax").asLong(), a.get("mpnNonTax").asLong(), a.get("biTax").asLong(),
                        a.get("biNonTax").asLong(), a.get("spmDeduction").asLong(), a.get("refund").asLong(), null)));
            }
        }
        return out;
    }
}
