package id.sakip.commons.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdFormatTest {

    @ParameterizedTest
    @CsvSource({"26855838000, 26.855.838.000", "0, 0", "22239627009, 22.239.627.009"})
    void moneyUsesDotsForThousands(long rupiah, String expected) {
        assertEquals(expected, IdFormat.money(rupiah));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"111.1111; 111,11%", "150.395; 150,40%", "96.985; 96,99%", "100; 100,00%"})
    void percentRoundsHalfUpWithDecimalComma(String value, String expected) {
        assertEquals(expected, IdFormat.percent(new BigDecimal(value)));
    }

    @ParameterizedTest
    @CsvSource({"2025-01-15, 15 Januari 2025", "2024-02-05, 5 Februari 2024", "2024-12-31, 31 Desember 2024"})
    void dateUsesIndonesianMonthNames(LocalDate date, String expected) {
        assertEquals(expected, IdFormat.date(date));
    }
}
