package id.sakip.indicators.workunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An in-memory snapshot of the unit tree with its parent history: ancestors on a date, units below a
 * unit on a date or at any time during a year. Pure: built from the rows once, then queried.
 */
public final class Hierarchy {

    /** One parent period of one unit. */
    public record Link(String unit, String parent, LocalDate validFrom, LocalDate validTo) {
        boolean covers(LocalDate date) {
            return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
        }
    }

    private final Map<String, List<Link>> linksByUnit;

    public Hierarchy(Map<String, List<Link>> linksByUnit) {
        this.linksByUnit = linksByUnit;
    }

    public boolean contains(String unit) {
        return linksByUnit.containsKey(unit);
    }

    public Set<String> units() {
        return linksByUnit.keySet();
    }

    /** The parent on a date, or null. */
    public String parent(String unit, LocalDate date) {
        for (Link link : linksByUnit.getOrDefault(unit, List.of())) {
            if (link.covers(date)) {
                return link.parent();
            }
        }
        return null;
    }

    /** Ancestors nearest first; cycles in bad data end the chain instead of looping. */
    public List<String> ancestors(String unit, LocalDate date) {
        Set<String> chain = new LinkedHashSet<>();
        String current = parent(unit, date);
        while (current != null && !current.equals(unit) && chain.add(current)) {
            current = parent(current, date);
        }
        return new ArrayList<>(chain);
    }

    /** Dates of a year on which the tree may differ: its first and last day and every change inside it. */
    public List<LocalDate> significantDates(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        TreeSet<LocalDate> dates = new TreeSet<>(List.of(first, last));
        for (List<Link> links : linksByUnit.values()) {
            for (Link l : links) {
                if (l.validFrom() != null && !l.validFrom().isBefore(first) && !l.validFrom().isAfter(last)) {
                    dates.add(l.validFrom());
                }
                if (l.validTo() != null && !l.validTo().isBefore(first) && l.validTo().isBefore(last)) {
                    dates.add(l.validTo().plusDays(1));
                }
            }
        }
        return new ArrayList<>(dates);
    }

    /** True when {@code ancestor} is above {@code unit} at any time during {@code year}. */
    public boolean isBelowDuringYear(String unit, String ancestor, int year) {
        return ancestorsDuringYear(unit, year).contains(ancestor);
    }

    /** Every unit above {@code unit} at any time during {@code year}: those of 1 January first, nearest first. */
    public List<String> ancestorsDuringYear(String unit, int year) {
        Set<String> out = new LinkedHashSet<>();
        for (LocalDate date : significantDates(year)) {
            out.addAll(ancestors(unit, date));
        }
        return new ArrayList<>(out);
    }

    /** Units below {@code ancestor} (any depth) on a date, sorted by code. */
    public List<String> below(String ancestor, LocalDate date) {
        return linksByUnit.keySet().stream().filter(u -> ancestors(u, date).contains(ancestor)).sorted().toList();
    }

    /** Units below {@code ancestor} at any time during {@code year}, sorted by code. */
    public List<String> belowDuringYear(String ancestor, int year) {
        return linksByUnit.keySet().stream().filter(u -> isBelowDuringYear(u, ancestor, year)).sorted().toList();
    }
}
