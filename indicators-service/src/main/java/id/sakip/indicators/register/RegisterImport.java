package id.sakip.indicators.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.indicators.common.Errors;
import id.sakip.indicators.register.dto.RecordInput;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the {@code registers} part of a performance dataset into records and headers, collecting every problem
 * with its JSON pointer: unknown registers, records without unit or year, wrong types, content rules of each
 * record kind, and duplicate natural keys in the file.
 */
public final class RegisterImport {

    private final ObjectMapper json;

    public RegisterImport(ObjectMapper json) {
        this.json = json;
    }

    /** One record of the file, normalised, with its pointer. */
    public record ParsedRecord(RecordType<?, ?> type, String register, String pointer, RecordInput input,
                               boolean scalar) {
    }

    /** The header fields of an object register for one unit-year. */
    public record ParsedHeader(String register, String workUnit, int year, String reference, String note,
                               Long reportedTotal, Map<String, Long> reportedTotals,
                               List<RegisterHeader.HistoryYear> history, String pointer) {
    }

    /** Everything read from the registers part. */
    public record Parsed(List<ParsedRecord> records, List<ParsedHeader> headers) {

        public Set<String> units() {
            Set<String> out = new LinkedHashSet<>();
            records.forEach(r -> out.add(r.input().workUnit()));
            headers.forEach(h -> out.add(h.workUnit()));
            return out;
        }

        public boolean isEmpty() {
            return records.isEmpty() && headers.isEmpty();
        }
    }

    public Parsed parse(JsonNode registers, String base, Predicate<String> knownUnit, Errors errors) {
        List<ParsedRecord> records = new ArrayList<>();
        List<ParsedHeader> headers = new ArrayList<>();
        if (registers == null || registers.isNull()) {
            return new Parsed(records, headers);
        }
        if (!registers.isObject()) {
            errors.add(base, "must be an object of registers by name");
            return new Parsed(records, headers);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = registers.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String ptr = base + "/" + f.getKey();
            RegisterTypes.Layout layout = RegisterTypes.layout(f.getKey()).orElse(null);
            if (layout == null) {
                errors.add(ptr, "unknown register " + f.getKey() + " (known: "
                        + RegisterTypes.LAYOUTS.stream().map(RegisterTypes.Layout::name).toList() + ")");
                continue;
            }
            if (layout.array()) {
                parseArray(layout, f.getValue(), ptr, null, null, records, errors);
            } else {
                parseObject(layout, f.getValue(), ptr, records, headers, errors);
            }
        }
        Set<String> keys = new HashSet<>();
        Map<String, Integer> ordinals = new HashMap<>();
        List<ParsedRecord> normalised = new ArrayList<>();
        for (ParsedRecord r : records) {
            String scope = r.type().id + "|" + r.input().workUnit() + "|" + r.input().year();
            int ordinal = ordinals.merge(scope, 1, Integer::sum);
            ParsedRecord n = new ParsedRecord(r.type(), r.register(), r.pointer(), normalise(r.type(), r.input(),
                    ordinal), r.scalar());
            validate(n, errors);
            if (!n.scalar() && !knownUnit.test(n.input().workUnit())) {
                errors.add(n.pointer() + "/workUnit", "unknown work unit " + n.input().workUnit());
            }
            String key = keyOf(n.type(), n.input());
            if (!keys.add(scope + "|" + key)) {
                errors.add(n.pointer(), "duplicate " + n.type().id + " record " + key + " for "
                        + n.input().workUnit() + " " + n.input().year());
            }
            normalised.add(n);
        }
        for (ParsedHeader h : headers) {
            if (!knownUnit.test(h.workUnit())) {
                errors.add(h.pointer() + "/workUnit", "unknown work unit " + h.workUnit());
            }
        }
        return new Parsed(normalised, headers);
    }

    private void parseArray(RegisterTypes.Layout layout, JsonNode v, String ptr, String unit, Integer year,
                            List<ParsedRecord> out, Errors errors) {
        if (!v.isArray()) {
            errors.add(ptr, "must be an array");
            return;
        }
        RecordType<?, ?> type = layout.parts().get(0).type();
        for (int i = 0; i < v.size(); i++) {
            record(layout, type, v.get(i), ptr + "/" + i, unit, year, out, errors);
        }
    }

    private void parseObject(RegisterTypes.Layout layout, JsonNode v, String ptr, List<ParsedRecord> out,
                             List<ParsedHeader> headers, Errors errors) {
        if (!v.isObject()) {
            errors.add(ptr, "must be an object");
            return;
        }
        String unit = v.path("workUnit").isTextual() ? v.path("workUnit").asText() : null;
        Integer year = null;
        if (v.has("year")) {
            if (!v.path("year").isIntegralNumber() || v.path("year").asInt() < 2000 || v.path("year").asInt() > 2100) {
                errors.add(ptr + "/year", "year is required (2000-2100)");
            } else {
                year = v.path("year").asInt();
            }
        }
        if (v.has("workUnit") && unit == null) {
            errors.add(ptr + "/workUnit", "workUnit must be a unit code");
        }
        int before = out.size();
        for (RegisterTypes.Part part : layout.parts()) {
            JsonNode arr = v.get(part.field());
            String ap = ptr + "/" + part.field();
            if (arr == null || arr.isNull()) {
                continue;
            }
            if (!arr.isArray()) {
                errors.add(ap, "must be an array");
                continue;
            }
            if (part.type() == RegisterTypes.SUPERVISION) {
                if (arr.size() > 12) {
                    errors.add(ap, "a year has 12 months, not " + arr.size());
                    continue;
                }
                for (int i = 0; i < arr.size(); i++) {
                    JsonNode m = arr.get(i);
                    if (m.isNull()) {
                        continue;
                    }
                    ObjectNode rec = json.createObjectNode();
                    rec.put("month", i + 1);
                    rec.set("count", m);
                    record(layout, part.type(), rec, ap + "/" + i, unit, year, out, errors, "/count");
                }
            } else {
                for (int i = 0; i < arr.size(); i++) {
                    record(layout, part.type(), arr.get(i), ap + "/" + i, unit, year, out, errors);
                }
            }
        }
        Set<String> unitYears = new LinkedHashSet<>();
        if (unit != null && year != null) {
            unitYears.add(unit + "|" + year);
        } else {
            for (ParsedRecord r : out.subList(before, out.size())) {
                unitYears.add(r.input().workUnit() + "|" + r.input().year());
            }
        }
        if (unitYears.isEmpty()) {
            errors.add(ptr + "/workUnit", "cannot tell the work unit and year: give workUnit and year");
            return;
        }
        String reference = text(v, "reference", ptr, errors);
        String note = text(v, "note", ptr, errors);
        Long total = count(v.get("reportedTotal"), ptr + "/reportedTotal", errors);
        Map<String, Long> totals = new LinkedHashMap<>();
        JsonNode rt = v.get("reportedTotals");
        if (rt != null && !rt.isNull()) {
            if (!rt.isObject()) {
                errors.add(ptr + "/reportedTotals", "must be an object of totals by key");
            } else {
                rt.fields().forEachRemaining(e -> {
                    Long n = count(e.getValue(), ptr + "/reportedTotals/" + e.getKey(), errors);
                    if (n == null && !e.getValue().isNull()) {
                        return;
                    }
                    if (n != null) {
                        totals.put(e.getKey(), n);
                    }
                });
            }
        }
        List<RegisterHeader.HistoryYear> history = new ArrayList<>();
        JsonNode h = v.get("history");
        if (h != null && !h.isNull()) {
            if (!h.isArray()) {
                errors.add(ptr + "/history", "must be an array of {year, planned, done}");
            } else {
                for (int i = 0; i < h.size(); i++) {
                    String hp = ptr + "/history/" + i;
                    JsonNode y = h.get(i).path("year");
                    if (!y.isIntegralNumber()) {
                        errors.add(hp + "/year", "year is required");
                        continue;
                    }
                    history.add(new RegisterHeader.HistoryYear(y.asInt(),
                            count(h.get(i).get("planned"), hp + "/planned", errors),
                            count(h.get(i).get("done"), hp + "/done", errors)));
                }
            }
        }
        for (String uy : unitYears) {
            int bar = uy.lastIndexOf('|');
            headers.add(new ParsedHeader(layout.name(), uy.substring(0, bar), Integer.parseInt(uy.substring(bar + 1)),
                    reference, note, total, totals, history, ptr));
        }
    }

    private void record(RegisterTypes.Layout layout, RecordType<?, ?> type, JsonNode node, String ptr, String unit,
                        Integer year, List<ParsedRecord> out, Errors errors) {
        record(layout, type, node, ptr, unit, year, out, errors, "");
    }

    /** {@code fieldPointer} maps problems of a synthesised record (a month's count) to the file's own pointer. */
    private void record(RegisterTypes.Layout layout, RecordType<?, ?> type, JsonNode node, String ptr, String unit,
                        Integer year, List<ParsedRecord> out, Errors errors, String fieldPointer) {
        if (!node.isObject()) {
            errors.add(ptr, "must be an object");
            return;
        }
        ObjectNode rec = ((ObjectNode) node).deepCopy();
        if (!rec.has("workUnit") && unit != null) {
            rec.put("workUnit", unit);
        }
        if (!rec.has("year") && year != null) {
            rec.put("year", year);
        }
        boolean ok = true;
        if (!rec.path("workUnit").isTextual() || rec.path("workUnit").asText().isBlank()) {
            errors.add(ptr + "/workUnit", "workUnit is required");
            ok = false;
        }
        JsonNode y = rec.path("year");
        if (!y.isIntegralNumber() || y.asInt() < 2000 || y.asInt() > 2100) {
            errors.add(ptr + "/year", "year is required (2000-2100)");
            ok = false;
        }
        RecordInput in = map(rec, type.input, ptr, errors, fieldPointer);
        if (ok && in != null) {
            out.add(new ParsedRecord(type, layout.name(), ptr, in, !fieldPointer.isEmpty()));
        }
    }

    /** Maps a JSON record onto its input record; a type problem is reported at the field's pointer. */
    public <I> I map(JsonNode node, Class<I> type, String ptr, Errors errors, String fieldPointer) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonMappingException e) {
            if (!fieldPointer.isEmpty()) {
                errors.add(ptr, e.getOriginalMessage());
                return null;
            }
            StringBuilder sb = new StringBuilder(ptr);
            for (JsonMappingException.Reference ref : e.getPath()) {
                sb.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : ref.getIndex());
            }
            errors.add(sb.toString(), e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            errors.add(ptr, e.getOriginalMessage());
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <I extends RecordInput> RecordInput normalise(RecordType<?, I> type, RecordInput in, int ordinal) {
        return type.normalize((I) in, ordinal);
    }

    @SuppressWarnings("unchecked")
    private static <I extends RecordInput> void validate(RecordType<?, I> type, RecordInput in, String ptr,
                                                         Errors errors) {
        type.validate((I) in, ptr, errors);
    }

    private static void validate(ParsedRecord r, Errors errors) {
        // A month of supervisionOperations is one number in the file: its problems point at that number.
        if (r.scalar()) {
            Errors own = new Errors();
            validate(r.type(), r.input(), "", own);
            own.list().forEach(e -> errors.add(r.pointer(), e.message()));
            return;
        }
        validate(r.type(), r.input(), r.pointer(), errors);
    }

    @SuppressWarnings("unchecked")
    public static <I extends RecordInput> String keyOf(RecordType<?, I> type, RecordInput in) {
        return type.key((I) in);
    }

    private static String text(JsonNode v, String field, String ptr, Errors errors) {
        JsonNode n = v.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            errors.add(ptr + "/" + field, "must be text");
            return null;
        }
        return n.asText();
    }

    private static Long count(JsonNode n, String ptr, Errors errors) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber()) {
            errors.add(ptr, "must be a whole number");
            return null;
        }
        if (n.asLong() < 0) {
            errors.add(ptr, "must not be negative");
            return null;
        }
        return n.asLong();
    }
}
