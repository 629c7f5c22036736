package id.sakip.budget.common;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Reads a {@code reported[]} list: what a source printed, kept beside the computed values. */
public final class ReportedParser {

    private ReportedParser() {
    }

    public static List<Reported> parse(FieldReader in, JsonNode parent, String p) {
        List<Reported> out = new ArrayList<>();
        List<JsonNode> items = in.array(parent, "reported", p, false);
        for (int i = 0; i < items.size(); i++) {
            String rp = FieldReader.at(FieldReader.at(p, "reported"), i);
            JsonNode r = items.get(i);
            out.add(new Reported(in.text(r, "key", rp, true), in.text(r, "objective", rp, false),
                    in.text(r, "indicator", rp, false), in.text(r, "line", rp, false),
                    in.number(r, "value", rp, true, null, null), in.text(r, "where", rp, false)));
        }
        return out;
    }
}
