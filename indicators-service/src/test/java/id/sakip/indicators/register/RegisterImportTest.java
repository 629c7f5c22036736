package id.sakip.indicators.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.indicators.common.Errors;
import id.sakip.indicators.support.TestData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the registers part of the seed: every record, no problem; bad records are reported with pointers. */
class RegisterImportTest {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private static JsonNode seedRegisters() throws Exception {
        return JSON.readTree(TestData.seedText()).get("registers");
    }

    @Test
    void theSeedRegistersReadWithoutProblems() throws Exception {
        Errors errors = new Errors();
        RegisterImport.Parsed p = new RegisterImport(JSON).parse(seedRegisters(), "/registers", u -> true, errors);
        assertTrue(errors.isEmpty(), errors.list().toString());
        // 1 case, 6 measure counts, 32 enforcement records, 4 volumes, 9 detail items, 14 passport rows,
        // 3 checkpoints, 4 nationalities, 12 months, 6 areas, 114 items, 1 survey.
        assertEquals(1 + 6 + 32 + 4 + 9 + 14 + 3 + 4 + 12 + 6 + 114 + 1, p.records().size());
        assertEquals(8, p.headers().size());
    }

    @Test
    void badRecordsAreReportedWithTheirPointers() throws Exception {
        JsonNode r = seedRegisters().deepCopy();
        ((ObjectNode) r.path("reformActionPlan").path("items").get(3)).put("quarter", "Q5");
        ((ObjectNode) r.path("detainees").path("rows").get(0)).put("count", -2);
        ((com.fasterxml.jackson.databind.node.ArrayNode) r.path("supervisionOperations").path("months")).set(2,
                JSON.getNodeFactory().numberNode(-1));
        ObjectNode c = (ObjectNode) r.path("justiceCases").get(0);
        c.put("openedOn", "2024-06-01");
        c.putArray("stages").addObject().put("stage", "P21").put("date", "2024-05-02");
        Errors errors = new Errors();
        new RegisterImport(JSON).parse(r, "/registers", u -> true, errors);
        assertEquals(java.util.List.of("/registers/justiceCases/0/stages/0/date",
                        "/registers/detainees/rows/0/count", "/registers/supervisionOperations/months/2",
                        "/registers/reformActionPlan/items/3/quarter"),
                errors.list().stream().map(e -> e.pointer()).toList());
    }
}
