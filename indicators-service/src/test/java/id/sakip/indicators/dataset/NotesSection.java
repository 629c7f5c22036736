package id.sakip.indicators.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.commons.audit.AuditLog;
import id.sakip.indicators.common.Change;
import id.sakip.indicators.common.Errors;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A dataset section added from outside the dataset package, as a feature package would add one: {@code testNotes[]}
 * of {@code {workUnit, year, text}}, kept in memory (the test does not need a table). Used by
 * {@link DatasetSectionTest}.
 */
@ApplicationScoped
public class NotesSection implements DatasetSection {

    private final Map<String, String> stored = new ConcurrentHashMap<>();

    /** The stored note of a unit-year (a method: the test holds a client proxy, whose fields are not the bean's). */
    public String note(String unitYear) {
        return stored.get(unitYear);
    }

    @Override
    public List<String> entities() {
        return List.of("testNotes");
    }

    @Override
    public Part parse(JsonNode root, Errors errors) {
        List<String[]> notes = new ArrayList<>();
        JsonNode node = root.path("testNotes");
        for (int i = 0; i < node.size(); i++) {
            JsonNode n = node.get(i);
            notes.add(new String[]{"/testNotes/" + i, n.path("workUnit").asText(), n.path("year").asText(),
                    n.path("text").asText()});
        }
        return new Part() {
            @Override
            public Set<String> unitYears() {
                Set<String> out = new TreeSet<>();
                notes.forEach(n -> out.add(n[1] + "/" + n[2]));
                return out;
            }

            @Override
            public void validate(Set<String> units, Errors errors) {
                notes.stream().filter(n -> !units.contains(n[1]))
                        .forEach(n -> errors.add(n[0] + "/workUnit", "unknown work unit " + n[1]));
            }

            @Override
            public void upsert(Counts counts, List<AuditLog.Change> audits) {
                for (String[] n : notes) {
                    String key = n[1] + "/" + n[2];
                    String before = stored.put(key, n[3]);
                    Change c = before == null ? Change.CREATED : before.equals(n[3]) ? Change.UNCHANGED
                            : Change.UPDATED;
                    if (counts.count("testNotes", c) != Change.UNCHANGED) {
                        counts.changed(key);
                    }
                }
            }
        };
    }
}
