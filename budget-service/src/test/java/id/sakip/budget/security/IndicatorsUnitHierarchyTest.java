package id.sakip.budget.security;

import id.sakip.commons.problem.ProblemException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How the hierarchy client treats indicators-service's answers. */
class IndicatorsUnitHierarchyTest {

    private static final LocalDate END_OF_2024 = LocalDate.of(2024, 12, 31);
    private static final Duration TTL = Duration.ofMinutes(1);

    @Test
    void passesTheAncestorsOnAndAsksForTheDate() {
        IndicatorsUnitHierarchy h = new IndicatorsUnitHierarchy((code, date) -> {
            assertEquals("408103", code);
            assertEquals("2024-12-31", date);
            return List.of("KANWIL-KEPRI", "DJIM", "KEMENKUMHAM");
        }, TTL);
        assertEquals(List.of("KANWIL-KEPRI", "DJIM", "KEMENKUMHAM"), h.ancestors("408103", END_OF_2024));
    }

    @Test
    void anUnknownUnitHasNoAncestors() {
        IndicatorsUnitHierarchy h = new IndicatorsUnitHierarchy((code, date) -> {
            throw new WebApplicationException(Response.status(404).build());
        }, TTL);
        assertEquals(List.of(), h.ancestors("999999", END_OF_2024));
    }

    @Test
    void anUnreachableIndicatorsServiceIs503NotAGrantOrADenial() {
        IndicatorsUnitHierarchy h = new IndicatorsUnitHierarchy((code, date) -> {
            throw new ProcessingException("connection refused");
        }, TTL);
        ProblemException e = assertThrows(ProblemException.class, () -> h.ancestors("408103", END_OF_2024));
        assertEquals(503, e.status());
    }

    @Test
    void anUnknownUnitIsAskedForAgainSoAUnitImportedMeanwhileIsSeenAtOnce() {
        List<String> asked = new ArrayList<>();
        IndicatorsUnitHierarchy h = new IndicatorsUnitHierarchy((code, date) -> {
            asked.add(code);
            if (asked.size() == 1) {
                throw new WebApplicationException(Response.status(404).build());
            }
            return List.of("KANWIL-KEPRI", "DJIM");
        }, TTL);
        assertEquals(List.of(), h.ancestors("408199", END_OF_2024));
        assertEquals(List.of("KANWIL-KEPRI", "DJIM"), h.ancestors("408199", END_OF_2024));
        assertEquals(2, asked.size());
    }

    @Test
    void aKnownUnitsAncestorsAreKeptForTheTimeToLive() {
        List<String> asked = new ArrayList<>();
        IndicatorsUnitHierarchy h = new IndicatorsUnitHierarchy((code, date) -> {
            asked.add(code + "@" + date);
            return List.of("KANWIL-KEPRI", "DJIM");
        }, TTL);
        h.ancestors("408103", END_OF_2024);
        h.ancestors("408103", END_OF_2024);
        h.ancestors("408103", LocalDate.of(2023, 12, 31));
        assertEquals(List.of("408103@2024-12-31", "408103@2023-12-31"), asked);
    }
}
