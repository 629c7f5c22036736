package id.sakip.budget.score;

import id.sakip.budget.scheme.SchemeKind;
import id.sakip.budget.scheme.dto.SchemeData;

import java.util.Optional;

/** Finds schemes for score entries: those of the file being imported first, then the stored ones. */
public interface SchemeLookup {

    Optional<SchemeData> byCode(String code);

    Optional<SchemeData> pick(SchemeKind kind, int year);
}
