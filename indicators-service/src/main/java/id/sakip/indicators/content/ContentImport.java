package id.sakip.indicators.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.CurrentCaller;
import id.sakip.indicators.common.Change;
import id.sakip.indicators.common.Errors;
import id.sakip.indicators.dataset.DatasetSection;
import id.sakip.indicators.plan.PlanService;
import id.sakip.indicators.unityear.UnitYearWrites;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The content sections of {@code sakip-performance-dataset/1}: {@code profiles[]}, {@code narratives[]},
 * {@code otherAchievements[]}, {@code riskRegisters[]} (each {@code workUnit}, {@code year} and the document's
 * fields) and {@code planStrategies[]} ({@code plan} and the strategy's fields). A {@link DatasetSection}: the
 * import checks planning rights for the units named (admin for plan strategies), waits for the other writers of
 * those unit-years and reports every problem with the rest of the file; documents are upserted by (kind, unit or
 * plan, year). Content is not part of any scorecard, so it stamps no unit-year.
 */
@ApplicationScoped
public class ContentImport implements DatasetSection {

    private final ObjectMapper json;
    private final ContentService contents;
    private final UnitYearWrites unitYears;
    private final PlanService plans;
    private final CurrentCaller caller;

    public ContentImport(ObjectMapper json, ContentService contents, UnitYearWrites unitYears, PlanService plans,
                         CurrentCaller caller) {
        this.json = json;
        this.contents = contents;
        this.unitYears = unitYears;
        this.plans = plans;
        this.caller = caller;
    }

    /** One document of a file; {@code pointer} is where it stands in the file. */
    record Item(ContentKind kind, String owner, int year, Object document, String pointer) {
    }

    @Override
    public List<String> entities() {
        return Arrays.stream(ContentKind.values()).map(ContentKind::datasetSection).toList();
    }

    @Override
    public Part parse(JsonNode root, Errors errors) {
        Set<String> planCodes = codes(root.get("plans"));
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
                    items.add(new Item(kind, owner, year, document, ptr));
                }
            }
        }
        return new Parsed(items);
    }

    /** The documents of a file, in file order. */
    private final class Parsed implements Part {
        private final List<Item> items;

        Parsed(List<Item> items) {
            this.items = items;
        }

        @Override
        public Set<String> unitYears() {
            return items.stream().filter(i -> i.kind().perUnitYear()).map(i -> i.owner() + "/" + i.year())
                    .collect(Collectors.toSet());
        }

        /** Plan strategies are master data: admin only. */
        @Override
        public boolean masterData() {
            return items.stream().anyMatch(i -> !i.kind().perUnitYear());
        }

        @Override
        public void validate(Set<String> units, Errors errors) {
            for (Item i : items) {
                if (i.kind().perUnitYear() && !units.contains(i.owner())) {
                    errors.add(i.pointer() + "/workUnit", "unknown work unit " + i.owner());
                }
            }
        }

        /** Upserts every document; 409 when a document of a unit-year locked by a published report would change. */
        @Override
        public void upsert(Counts counts, List<AuditLog.Change> audits) {
            String username = caller.get().username();
            for (Item item : items) {
                Change change = contents.upsert(item.kind(), item.owner(), item.year(), item.document(), username);
                // the import's transaction rolls the change back
                if (change != Change.UNCHANGED && item.kind().perUnitYear() && unitYears.isLocked(item.owner(), item.year())) {
                    throw new ProblemException(409, "Locked", "The data of work unit " + item.owner() + " for "
                            + item.year() + " is locked by a published report");
                }
                counts.count(item.kind().datasetSection(), change);
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
