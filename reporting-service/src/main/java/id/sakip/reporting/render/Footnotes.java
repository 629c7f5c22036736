package id.sakip.reporting.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The footnotes of one table: where the report shows a recomputed figure instead of the printed one, or a line
 * that makes a table add up, the cell gets a mark "(1)" and the note under the table gives both values and why.
 */
final class Footnotes {

    private final List<String> notes = new ArrayList<>();

    /** Adds a note and answers the mark to put after the cell's text. */
    String add(String note) {
        notes.add(note);
        return "(" + notes.size() + ")";
    }

    /** One line per note, in the order added, or null when there is none. */
    String text() {
        if (notes.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            lines.add("(" + (i + 1) + ") " + notes.get(i));
        }
        return String.join("\n", lines);
    }
}
