package id.sakip.commons.problem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemMapperTest {

    @ParameterizedTest
    @CsvSource({"create.arg0.items[2].amount, /items/2/amount", "create.body.year, /year",
            "importDataset.arg0.realizations[0].numerator, /realizations/0/numerator"})
    void violationPathsBecomeJsonPointers(String path, String pointer) {
        assertEquals(pointer, ProblemMapper.pointerOf(path));
    }
}
