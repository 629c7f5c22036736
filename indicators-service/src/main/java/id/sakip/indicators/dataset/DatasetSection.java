package id.sakip.indicators.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.commons.audit.AuditLog;
import id.sakip.indicators.common.Change;
import id.sakip.indicators.common.Errors;

import java.util.List;
import java.util.Set;

/**
 * A section of {@code sakip-performance-dataset/1} imported by the feature package that owns it: implement this as
 * an {@code @ApplicationScoped} bean in that package and {@link DatasetService} calls it in every import, after its
 * own sections, in {@link #order()}. The orchestrator does the rest for it: admin or planning rights for what
 * {@link Part#unitYears()} and {@link Part#masterData()} name, the write lock of those unit-years
 * ({@code UnitYearWrites.beginAll}, before anything stored is read), one 422 with every problem of every section,
 * the change stamps and cache generations of the unit-years {@link Counts#changed} names, the dry-run rollback, the
 * audit batch and the summary counts.
 */
public interface DatasetSection {

    /** Order among the added sections (lower first); they all run after the built-in ones. */
    default int order() {
        return 0;
    }

    /** The summary entities this section counts ({@code entities.<name>} of the import summary). */
    List<String> entities();

    /** Reads this section's part of the file ({@code null} parts are empty); reads nothing stored. */
    Part parse(JsonNode root, Errors errors);

    /** One file's part of the section, parsed. */
    interface Part {

        /** Every {@code "unit/year"} the part writes. */
        Set<String> unitYears();

        /** True when the part writes data of every unit (admin only). */
        default boolean masterData() {
            return false;
        }

        /** Checks the part against the stored data and the file's units ({@code units}: every known code). */
        void validate(Set<String> units, Errors errors);

        /** Writes the part (validated, locked); audit entries go to {@code audits}, counts to {@code counts}. */
        void upsert(Counts counts, List<AuditLog.Change> audits);
    }

    /** What an upsert did. */
    interface Counts {

        /** Counts one row of {@code entity} and returns the change. */
        Change count(String entity, Change change);

        /** Marks a unit-year ({@code "unit/year"}) as changed. */
        void changed(String unitYear);
    }
}
