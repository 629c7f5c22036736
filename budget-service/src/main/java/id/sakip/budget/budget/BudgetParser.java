package id.sakip.budget.budget;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.budget.budget.dto.BudgetData;
import id.sakip.budget.common.FieldReader;
import id.sakip.budget.common.Numbers;
import id.sakip.budget.common.ReportedParser;
import id.sakip.budget.common.YearRange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and checks one {@code budgets[]} item. Breakdowns may be given as such, or derived from
 * {@code lineItems[]} that carry several dimensions at once (program, objective and indicator, spending
 * type, funding source); a breakdown given explicitly wins over the derived one.
 */
public final class BudgetParser {

    private BudgetParser() {
    }

    public static BudgetData parse(FieldReader in, JsonNode node, String p) {
        String unit = in.text(node, "workUnit", p, true, FieldReader.WORK_UNIT_MAX);
        Integer year = in.integer(node, "year", p, true, YearRange.MIN_YEAR, YearRange.MAX_YEAR);
        List<Item> items = lineItems(in, node, p);
        Long ceiling = in.money(node, "ceiling", p, items.isEmpty());
        Long realization = in.money(node, "realization", p, false);
        if (ceiling == null && !items.isEmpty()) {
            ceiling = Numbers.sum(items.stream().map(Item::ceiling).toList());
            if (ceiling == null) {
                in.error(FieldReader.at(p, "ceiling"), "is required when a line item has no ceiling");
            }
        }
        if (realization == null && !items.isEmpty()) {
            realization = Numbers.sum(items.stream().map(Item::realization).toList());
        }

        List<BudgetData.Revision> revisions = new ArrayList<>();
        Set<String> revisionNumbers = FieldReader.seen();
        List<JsonNode> rs = in.array(node, "revisions", p, false);
        for (int i = 0; i < rs.size(); i++) {
            String rp = FieldReader.at(FieldReader.at(p, "revisions"), i);
            JsonNode r = rs.get(i);
            Integer number = in.integer(r, "revision", rp, true, 0, 99);
            in.unique(revisionNumbers, number == null ? null : number.toString(), FieldReader.at(rp, "revision"),
                    "revision");
            revisions.add(new BudgetData.Revision(number, in.text(r, "label", rp, false),
                    in.money(r, "ceiling", rp, true), lines(in, r, rp, "byProgram", "program", false, k -> k)));
        }

        List<BudgetData.Line> byProgram = node.has("byProgram")
                ? lines(in, node, p, "byProgram", "program", false, k -> k)
                : derive(items, Item::program, null);
        List<BudgetData.Line> bySpendingType = node.has("bySpendingType")
                ? lines(in, node, p, "bySpendingType", "key", false, BudgetParser::spendingTypeKey)
                : derive(items, Item::spendingType, null);
        List<BudgetData.Line> byFundingSource = node.has("byFundingSource")
                ? lines(in, node, p, "byFundingSource", "key", false, BudgetParser::fundingSourceKey)
                : derive(items, Item::fundingSource, null);
        List<BudgetData.Line> byIndicator = node.has("byIndicator")
                ? lines(in, node, p, "byIndicator", "indicator", true, k -> k)
                : derive(items, Item::indicator, Item::objective);

        List<BudgetData.Output> outputs = new ArrayList<>();
        Set<String> outputCodes = FieldReader.seen();
        List<JsonNode> os = in.array(node, "outputs", p, false);
        for (int i = 0; i < os.size(); i++) {
            String op = FieldReader.at(FieldReader.at(p, "outputs"), i);
            JsonNode o = os.get(i);
            String code = in.text(o, "code", op, true);
            in.unique(outputCodes, code, FieldReader.at(op, "code"), "output");
            outputs.add(new BudgetData.Output(code, in.text(o, "name", op, false),
                    in.number(o, "volumeTarget", op, false, BigDecimal.ZERO, null), in.text(o, "volumeUnit", op, false),
                    in.number(o, "progressPercent", op, false, BigDecimal.ZERO, null),
                    in.money(o, "ceiling", op, false), in.money(o, "realization", op, false)));
        }

        List<BudgetData.Month> monthly = new ArrayList<>();
        Set<String> months = FieldReader.seen();
        List<JsonNode> ms = in.array(node, "monthly", p, false);
        for (int i = 0; i < ms.size(); i++) {
            String mp = FieldReader.at(FieldReader.at(p, "monthly"), i);
            JsonNode m = ms.get(i);
            Integer month = in.integer(m, "month", mp, true, 1, 12);
            in.unique(months, month == null ? null : month.toString(), FieldReader.at(mp, "month"), "month");
            monthly.add(new BudgetData.Month(month, in.money(m, "planned", mp, false),
                    in.money(m, "realization", mp, false)));
        }

        List<BudgetData.Saving> savings = new ArrayList<>();
        List<JsonNode> ss = in.array(node, "savings", p, false);
        for (int i = 0; i < ss.size(); i++) {
            String sp = FieldReader.at(FieldReader.at(p, "savings"), i);
            JsonNode s = ss.get(i);
            savings.add(new BudgetData.Saving(in.text(s, "item", sp, true), in.money(s, "amount", sp, false),
                    in.text(s, "basis", sp, false, FieldReader.NOTE_MAX)));
        }

        return new BudgetData(unit, year, in.text(node, "reference", p, false), ceiling, realization, revisions,
                byProgram, bySpendingType, byFundingSource, byIndicator, outputs, in.text(node, "outputsNote", p, false, FieldReader.NOTE_MAX),
                monthly, savings, ReportedParser.parse(in, node, p));
    }

    private static String spendingTypeKey(String key) {
        SpendingType t = SpendingType.of(key);
        return t == null ? null : t.name();
    }

    private static String fundingSourceKey(String key) {
        FundingSource f = FundingSource.of(key);
        return f == null ? null : f.name();
    }

    private static List<BudgetData.Line> lines(FieldReader in, JsonNode parent, String p, String field, String keyField,
                                               boolean withObjective, Function<String, String> normalise) {
        List<BudgetData.Line> out = new ArrayList<>();
        Set<String> keys = FieldReader.seen();
        List<JsonNode> ls = in.array(parent, field, p, false);
        for (int i = 0; i < ls.size(); i++) {
            String lp = FieldReader.at(FieldReader.at(p, field), i);
            JsonNode l = ls.get(i);
            String raw = in.text(l, keyField, lp, true);
            String key = raw == null ? null : normalise.apply(raw);
            if (raw != null && key == null) {
                in.error(FieldReader.at(lp, keyField), "unknown " + keyField + " '" + raw + "'" + hint(field));
            }
            in.unique(keys, key, FieldReader.at(lp, keyField), keyField);
            String objective = withObjective ? in.text(l, "objective", lp, true) : null;
            out.add(new BudgetData.Line(objective, key, in.money(l, "ceiling", lp, false),
                    in.money(l, "realization", lp, false)));
        }
        return out;
    }

    private static String hint(String field) {
        return switch (field) {
            case "bySpendingType" -> " (PERSONNEL/51, GOODS/52, CAPITAL/53)";
            case "byFundingSource" -> " (RM, PNBP, BLU, PLN, PDN, HLN, HDN, SBSN)";
            default -> "";
        };
    }

    /** A line item of the budget carrying several dimensions. */
    private record Item(String program, String objective, String indicator, String spendingType,
                        String fundingSource, Long ceiling, Long realization) {
    }

    private static List<Item> lineItems(FieldReader in, JsonNode node, String p) {
        List<Item> out = new ArrayList<>();
        List<JsonNode> ls = in.array(node, "lineItems", p, false);
        for (int i = 0; i < ls.size(); i++) {
            String lp = FieldReader.at(FieldReader.at(p, "lineItems"), i);
            JsonNode l = ls.get(i);
            String type = in.text(l, "spendingType", lp, false);
            if (type != null && SpendingType.of(type) == null) {
                in.error(FieldReader.at(lp, "spendingType"), "unknown spending type '" + type + "'" + hint("bySpendingType"));
            }
            String source = in.text(l, "fundingSource", lp, false);
            if (source != null && FundingSource.of(source) == null) {
                in.error(FieldReader.at(lp, "fundingSource"), "unknown funding source '" + source + "'" + hint("byFundingSource"));
            }
            String indicator = in.text(l, "indicator", lp, false);
            String objective = in.text(l, "objective", lp, indicator != null);
            out.add(new Item(in.text(l, "program", lp, false), objective, indicator,
                    type == null || SpendingType.of(type) == null ? type : SpendingType.of(type).name(),
                    source == null || FundingSource.of(source) == null ? source : FundingSource.of(source).name(),
                    in.money(l, "ceiling", lp, false), in.money(l, "realization", lp, false)));
        }
        return out;
    }

    /** Groups line items by one dimension; empty unless every item carries that dimension. */
    private static List<BudgetData.Line> derive(List<Item> items, Function<Item, String> key,
                                                Function<Item, String> parent) {
        if (items.isEmpty() || items.stream().anyMatch(i -> key.apply(i) == null)) {
            return List.of();
        }
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        for (Item i : items) {
            groups.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i);
        }
        List<BudgetData.Line> out = new ArrayList<>();
        groups.forEach((k, group) -> out.add(new BudgetData.Line(parent == null ? null : parent.apply(group.get(0)), k,
                Numbers.sum(group.stream().map(Item::ceiling).toList()),
                Numbers.sum(group.stream().map(Item::realization).toList()))));
        return out;
    }
}
