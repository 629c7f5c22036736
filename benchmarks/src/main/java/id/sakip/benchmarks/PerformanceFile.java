package id.sakip.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the {@code sakip-performance-dataset/1} file of the synthetic country: the template's hierarchy above
 * the units plus the generated offices and units, the template's plans, one signed agreement per unit-year and
 * the realizations (RATIO indicators quarterly, VALUE indicators as one FY value).
 */
final class PerformanceFile {

    private static final String[] FIRST_NAMES = {"Adi", "Budi", "Dewi", "Eka", "Fitri", "Gede", "Hendra", "Indah",
            "Joko", "Kartika", "Lestari", "Made", "Nur", "Putu", "Rahmat", "Sari", "Teguh", "Wahyu", "Yudi", "Zainal"};
    private static final String[] LAST_NAMES = {"Pratama", "Saputra", "Wibowo", "Hidayat", "Siregar", "Nasution",
            "Lubis", "Simanjuntak", "Kusuma", "Santoso", "Wijaya", "Harahap", "Manurung", "Sihombing", "Rahayu",
            "Permana", "Setiawan", "Gunawan", "Sulistyo", "Utami"};
    private static final String[] PERIODS = {"Q1", "Q2", "Q3", "Q4"};

    private final GeneratorOptions options;
    private final Template template;
    private final Country country;

    PerformanceFile(GeneratorOptions options, Template template, Country country) {
        this.options = options;
        this.template = template;
        this.country = country;
    }

    /** The whole file. */
    ObjectNode build() {
        return build(Integer.MAX_VALUE);
    }

    /**
     * The file cut after {@code realizationLimit} realizations (in unit, year, indicator, period order), with
     * only the agreements those realizations need.
     */
    ObjectNode build(int realizationLimit) {
        ArrayNode realizations = Json.array();
        Set<String> unitYears = new LinkedHashSet<>();
        outer:
        for (Country.Unit unit : country.units()) {
            for (int year = options.firstYear(); year <= options.lastYear(); year++) {
                for (ObjectNode r : realizations(unit, year)) {
                    if (realizations.size() >= realizationLimit) {
                        break outer;
                    }
                    realizations.add(r);
                    unitYears.add(unit.code() + "|" + year);
                }
            }
        }
        if (realizationLimit != Integer.MAX_VALUE && realizations.size() < realizationLimit) {
            throw new IllegalArgumentException("the country has only " + realizations.size()
                    + " realizations; raise --regions, --units-per-region or --years for " + realizationLimit);
        }
        ArrayNode agreements = Json.array();
        for (Country.Unit unit : country.units()) {
            for (int year = options.firstYear(); year <= options.lastYear(); year++) {
                if (realizationLimit == Integer.MAX_VALUE || unitYears.contains(unit.code() + "|" + year)) {
                    agreements.add(agreement(unit, year));
                }
            }
        }
        ObjectNode root = Json.object();
        root.put("format", Template.PERFORMANCE_FORMAT);
        root.put("source", DatasetGenerator.source(options, template)
                + (realizationLimit == Integer.MAX_VALUE ? "" : "; first " + realizationLimit + " realizations"));
        root.set("workUnits", workUnits());
        root.set("plans", template.plans().deepCopy());
        root.set("agreements", agreements);
        root.set("realizations", realizations);
        return root;
    }

    private ArrayNode workUnits() {
        ArrayNode units = Json.array();
        Set<String> codes = new LinkedHashSet<>();
        for (JsonNode u : template.unitsAboveTechnical()) {
            units.add(u.deepCopy());
            codes.add(u.path("code").asText());
        }
        for (Country.Region region : country.regions()) {
            if (codes.contains(region.code())) {
                continue; // the template's own office (KANWIL-KEPRI) keeps its name and validity
            }
            ObjectNode o = units.addObject();
            o.put("code", region.code());
            o.put("name", region.name());
            o.put("type", "REGIONAL_OFFICE");
            o.put("parent", country.directorateGeneral());
        }
        for (Country.Unit unit : country.units()) {
            ObjectNode o = units.addObject();
            o.put("code", unit.code());
            o.put("name", unit.name());
            o.put("type", "TECHNICAL_UNIT");
            o.put("parent", unit.region().code());
            template.parentHistoryBelow(unit.region().code()).ifPresent(h -> o.set("parentHistory", h.deepCopy()));
            o.put("email", "kanim-" + unit.code() + "@imigrasi.example");
        }
        return units;
    }

    ObjectNode agreement(Country.Unit unit, int year) {
        JsonNode plan = plan(year);
        String planCode = plan.path("code").asText();
        JsonNode model = template.agreement(planCode).orElse(null);
        Rng rng = Rng.of(options.seed(), "agreement|" + unit.code() + "|" + year);

        ObjectNode a = Json.object();
        a.put("workUnit", unit.code());
        a.put("year", year);
        a.put("plan", planCode);
        a.put("revision", 1);
        a.put("status", "SIGNED");
        a.put("signedOn", LocalDate.of(year, 1, 2).plusDays(rng.between(0, 40)).toString());
        a.put("place", unit.region().province());
        a.set("firstParty", party("Kepala " + unit.name(), Rng.of(options.seed(), "head|" + unit.code())));
        a.set("secondParty", party("Kepala " + unit.region().name(),
                Rng.of(options.seed(), "head|" + unit.region().code())));
        ArrayNode targets = a.putArray("targets");
        for (Template.PlanIndicator pi : Template.indicators(plan)) {
            ObjectNode t = targets.addObject();
            t.put("indicator", pi.code());
            t.set("target", target(model, pi, year));
        }
        UnitYearBudget dipa = budget(unit, year);
        ArrayNode lines = a.putArray("budget");
        List<String> activities = activities(model);
        for (int i = 0; i < dipa.programs().size(); i++) {
            ObjectNode line = lines.addObject();
            line.put("program", dipa.programs().get(i));
            if (activities.get(i) != null) {
                line.put("activity", activities.get(i));
            }
            line.put("amount", dipa.initialByProgram()[i]);
        }
        return a;
    }

    /** The template agreement's target, else the plan's medium-term target of the year (or any year), else 90. */
    private static JsonNode target(JsonNode model, Template.PlanIndicator pi, int year) {
        if (model != null) {
            for (JsonNode t : model.path("targets")) {
                if (pi.code().equals(t.path("indicator").asText()) && t.path("target").isNumber()) {
                    return t.get("target").deepCopy();
                }
            }
        }
        JsonNode any = null;
        for (JsonNode mt : pi.indicator().path("mediumTermTargets")) {
            if (mt.path("year").asInt() == year) {
                return mt.get("target").deepCopy();
            }
            any = mt.get("target");
        }
        return any != null ? any.deepCopy() : Json.MAPPER.getNodeFactory().numberNode(90);
    }

    List<ObjectNode> realizations(Country.Unit unit, int year) {
        List<ObjectNode> out = new ArrayList<>();
        for (Template.PlanIndicator pi : Template.indicators(plan(year))) {
            Rng rng = Rng.of(options.seed(), "realization|" + unit.code() + "|" + year + "|" + pi.code());
            if (pi.ratio()) {
                double perQuarter = template.yearlyDenominator(pi.code()).orElse(100L) / 4.0;
                for (String period : PERIODS) {
                    long denominator = denominator(perQuarter, rng);
                    long numerator = denominator == 0 || rng.chance(0.75) ? denominator
                            : denominator - rng.between(1, Math.max(1, denominator / 8));
                    ObjectNode r = row(unit, year, pi.code(), period);
                    r.put("numerator", numerator);
                    r.put("denominator", denominator);
                    out.add(r);
                }
            } else {
                ObjectNode r = row(unit, year, pi.code(), "FY");
                r.put("value", value(pi.indicator(), rng));
                out.add(r);
            }
        }
        return out;
    }

    /** Rare cases (Pro Yustisia: about one a year) stay rare, so some quarters have nothing handled at all. */
    private static long denominator(double perQuarter, Rng rng) {
        if (perQuarter < 2) {
            long cases = 0;
            for (int i = 0; i < 4; i++) {
                if (rng.chance(perQuarter / 4)) {
                    cases++;
                }
            }
            return cases;
        }
        return Math.max(0, Math.round(perQuarter * rng.fraction(0.6, 1.4)));
    }

    /** An index between 3 and 4 (the seed's 3.96 on a 1-4 scale), inside the indicator's scale. */
    private static BigDecimal value(JsonNode indicator, Rng rng) {
        BigDecimal v = rng.decimal("3.00", "4.00", 2);
        JsonNode scale = indicator.path("scale");
        if (scale.path("max").isNumber() && v.compareTo(scale.path("max").decimalValue()) > 0) {
            v = Amounts.round2(scale.path("max").decimalValue());
        }
        if (scale.path("min").isNumber() && v.compareTo(scale.path("min").decimalValue()) < 0) {
            v = Amounts.round2(scale.path("min").decimalValue());
        }
        return v;
    }

    private static ObjectNode row(Country.Unit unit, int year, String indicator, String period) {
        ObjectNode r = Json.object();
        r.put("workUnit", unit.code());
        r.put("year", year);
        r.put("indicator", indicator);
        r.put("period", period);
        return r;
    }

    private ObjectNode party(String position, Rng rng) {
        ObjectNode p = Json.object();
        p.put("name", rng.pick(FIRST_NAMES) + " " + rng.pick(LAST_NAMES));
        p.put("position", position);
        LocalDate born = LocalDate.of(1965, 1, 1).plusDays(rng.between(0, 20 * 365));
        LocalDate appointed = born.plusYears(rng.between(22, 27)).withDayOfMonth(1);
        p.put("nip", String.format("%04d%02d%02d%04d%02d%d%03d", born.getYear(), born.getMonthValue(),
                born.getDayOfMonth(), appointed.getYear(), appointed.getMonthValue(), rng.between(1, 2),
                rng.between(1, 999)));
        return p;
    }

    JsonNode plan(int year) {
        return template.planCovering(year).orElseThrow(() -> new IllegalArgumentException(
                "no plan of the template covers " + year + "; choose --first-year and --years within the plans"));
    }

    UnitYearBudget budget(Country.Unit unit, int year) {
        return UnitYearBudget.of(options.seed(), unit.code(), year, programs(template.agreement(
                plan(year).path("code").asText()).orElse(null)));
    }

    static List<String> programs(JsonNode agreement) {
        List<String> programs = new ArrayList<>();
        if (agreement != null) {
            for (JsonNode line : agreement.path("budget")) {
                if (line.path("program").isTextual()) {
                    programs.add(line.get("program").asText());
                }
            }
        }
        return programs.isEmpty() ? UnitYearBudget.DEFAULT_PROGRAMS : programs;
    }

    private static List<String> activities(JsonNode agreement) {
        List<String> activities = new ArrayList<>();
        if (agreement != null) {
            for (JsonNode line : agreement.path("budget")) {
                if (line.path("program").isTextual()) {
                    activities.add(line.path("activity").isTextual() ? line.get("activity").asText() : null);
                }
            }
        }
        while (activities.size() < programs(agreement).size()) {
            activities.add(null);
        }
        return activities;
    }
}
