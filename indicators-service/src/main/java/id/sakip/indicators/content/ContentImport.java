package id.sakip.indicators.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.Role;
import id.sakip.commons.security.WriteKind;
import id.sakip.indicators.common.Change;
import id.sakip.indicators.common.Errors;
import id.sakip.indicators.lock.UnitYearService;
import id.sakip.indicators.plan.PlanService;
import id.sakip.indicators.security.UnitAccess;
import id.sakip.indicators.workunit.WorkUnitService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content sections of {@code sakip-performance-dataset/1}: {@code profiles[]}, {@code narratives[]},
 * {@code otherAchievements[]}, {@code riskRegisters[]} (each {@code workUnit}, {@code year} and the document's
 * fields) and {@code planStrategies[]} ({@code plan} and the strategy's fields). Parsed and validated with the rest
 * of a file, then upserted by (kind, unit or plan, year) in the import's transaction.
 */
@ApplicationScoped
public class ContentImport {

    private final ObjectMapper json;
    private final ContentService contents;
    private final UnitAccess access;
    private final UnitYearService unitYears;
    private final WorkUnitService workUnits;
    private final PlanService plans;

    public ContentImport(ObjectMapper json, ContentService contents, UnitAccess access, UnitYearService unitYears,
                         WorkUnitService workUnits, PlanService plans) {
        this.json = json;
        this.contents = contents;
        this.access = access;
        this.unitYears = unitYears;
        this.workUnits = workUnits;
        this.plans = plans;
    }

    /** One document of a file. */
    public record Item(ContentKind kind, String owner, int year, Object document) {
    }

    /** The documents of a file, in file order. */
    public record Parsed(List<Item> items) {
    }

    /**
     * Reads and validates the content sections (problems go to {@code errors} with JSON pointers) and checks the
     * caller's rights: planning rights for every unit named, admin for plan strategies (403 otherwise). Units and
     * plans must exist or be defined in the same file.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Parsed parse(JsonNode root, Caller caller, Errors errors) {
        Set<String> units = codes(root.get("workUnits"));
        Set<String> planCodes = codes(root.get("plans"));
        var hierarchy = workUnits.hierarchy();
        List<Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ContentKind kind : ContentKind.values()) {
            JsonNode section = root.get(kind.datasetSection());
            if (section == null || section.isNull()) {
                continue;
            }
            String base = "/" + kind.datasetSection();
            if (!section.isArray()) {
                errors.add(base, "must be an array");
                continue;
            }
            for (int i = 0; i < section.size(); i++) {
                String ptr = base + "/" + i;
                JsonNode node = section.get(i);
                if (!node.isObject()) {
                    errors.add(ptr, "must be an object");
                    continue;
                }
                ObjectNode fields = ((ObjectNode) node).deepCopy();
                String owner;
                int year = 0;
                if (kind.perUnitYear()) {
                    owner = text(fields.remove("workUnit"));
                    JsonNode y = fields.remove("year");
                    if (owner == null) {
                        errors.add(ptr + "/workUnit", "is required");
                        continue;
                    }
                    if (y == null || !y.canConvertToInt() || y.asInt() < 2000 || y.asInt() > 2100) {
                        errors.add(ptr + "/year", "must be a year between 2000 and 2100");
                        continue;
                    }
                    year = y.asInt();
                    if (!units.contains(owner) && !hierarchy.contains(owner)) {
                        errors.add(ptr + "/workUnit", "unknown work unit " + owner);
                        continue;
                    }
                } else {
                    owner = text(fields.remove("plan"));
                    if (owner == null) {
                        errors.add(ptr + "/plan", "is required");
                        continue;
                    }
                    if (!planCodes.contains(owner) && !plans.exists(owner)) {
                        errors.add(ptr + "/plan", "unknown plan " + owner);
                        continue;
                    }
                }
                if (!seen.add(kind + "|" + owner + "|" + year)) {
                    errors.add(ptr, "a second " + kind.datasetSection() + " entry for " + owner
                            + (kind.perUnitYear() ? " " + year : ""));
                    continue;
                }
                Object document = document(fields, kind, ptr, errors);
                if (document != null) {
                    contents.validate(document, ptr).forEach(e -> errors.add(e.pointer(), e.message()));
                    items.add(new Item(kind, owner, year, document));
                }
            }
        }
        checkAccess(items, caller);
        return new Parsed(items);
    }

    /**
     * Upserts the parsed documents; 409 when a changed unit-year is locked. Answers created / updated / unchanged
     * per dataset section (only sections the file has).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, int[]> apply(Parsed parsed, Caller caller) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Item item : parsed.items()) {
            Change change = contents.upsert(item.kind(), item.owner(), item.year(), item.document(), caller.username());
            if (change != Change.UNCHANGED && item.kind().perUnitYear()) {
                unitYears.requireUnlocked(item.owner(), item.year());
            }
            counts.computeIfAbsent(item.kind().datasetSection(), k -> new int[3])[change.ordinal()]++;
        }
        return counts;
    }

    private void checkAccess(List<Item> items, Caller caller) {
        for (Item item : items) {
            if (item.kind().perUnitYear()) {
                access.requireWrite(caller, item.owner(), WriteKind.PLANNING);
            } else if (!caller.has(Role.ADMIN)) {
                throw ProblemException.forbidden("Plan strategies in a dataset need the admin role");
            }
        }
    }

    private Object document(ObjectNode fields, ContentKind kind, String ptr, Errors errors) {
        try {
            return json.treeToValue(fields, kind.type());
        } catch (JsonProcessingException e) {
            errors.add(ptr, e);
        }
        return null;
    }

    private static Set<String> codes(JsonNode array) {
        Set<String> out = new HashSet<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> {
                String code = text(n.get("code"));
                if (code != null) {
                    out.add(code);
                }
            });
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || !n.isTextual() || n.asText().isBlank() ? null : n.asText();
    }
}
