package id.sakip.budget.revenue;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.budget.common.FieldReader;
import id.sakip.budget.common.Reported;
import id.sakip.budget.common.ReportedParser;
import id.sakip.budget.common.YearRange;
import id.sakip.budget.revenue.dto.RevenueData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads and checks one {@code revenues[]} item. */
public final class RevenueParser {

    private RevenueParser() {
    }

    public static RevenueData parse(FieldReader in, JsonNode node, String p) {
        String unit = in.text(node, "workUnit", p, true, FieldReader.WORK_UNIT_MAX);
        Integer year = in.integer(node, "year", p, true, YearRange.MIN_YEAR, YearRange.MAX_YEAR);
        Long target = in.money(node, "target", p, false);
        List<RevenueData.Account> accounts = new ArrayList<>();
        Set<String> codes = FieldReader.seen();
        List<JsonNode> as = in.array(node, "accounts", p, false);
        for (int i = 0; i < as.size(); i++) {
            String ap = FieldReader.at(FieldReader.at(p, "accounts"), i);
            JsonNode a = as.get(i);
            String code = in.text(a, "code", ap, true);
            in.unique(codes, code, FieldReader.at(ap, "code"), "account");
            accounts.add(new RevenueData.Account(code, in.text(a, "name", ap, false),
                    in.money(a, "mpnTax", ap, false), in.money(a, "mpnNonTax", ap, false),
                    in.money(a, "biTax", ap, false), in.money(a, "biNonTax", ap, false),
                    in.money(a, "spmDeduction", ap, false), in.money(a, "refund", ap, false),
                    in.money(a, "reportedRealization", ap, false)));
        }
        Map<String, Long> reportedTotals = new TreeMap<>();
        JsonNode totals = node.get("reportedTotals");
        if (totals != null && !totals.isNull()) {
            String tp = FieldReader.at(p, "reportedTotals");
            if (!totals.isObject()) {
                in.error(tp, "must be an object");
            } else {
                totals.fieldNames().forEachRemaining(k -> {
                    Long v = in.storable(k, tp, FieldReader.TEXT_MAX) ? in.money(totals, k, tp, true) : null;
                    if (v != null) {
                        reportedTotals.put(k, v);
                    }
                });
            }
        }
        return new RevenueData(unit, year, in.text(node, "reference", p, false), target, accounts, reportedTotals,
                ReportedParser.parse(in, node, p).stream()
                        .map(r -> new Reported(r.key(), null, null, null, r.value(), r.where())).toList());
    }
}
