package id.sakip.indicators.register;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.indicators.common.Errors;
import id.sakip.indicators.register.dto.RecordInput;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One kind of register record: how it is validated, keyed within its unit-year (the natural key of imports),
 * copied onto its entity and shown (in the field names of the dataset). {@link RegisterService} does the rest
 * (access, locks, If-Match, audit) the same way for every kind.
 *
 * @param <E> the entity
 * @param <I> the input / dataset record
 */
public abstract class RecordType<E extends RegisterRecord, I extends RecordInput> {

    /** Name used by derivation rules and audit entries, e.g. {@code justiceCases}. */
    public final String id;
    /** Path below {@code /api/v1/registers}, e.g. {@code justice-cases}. */
    public final String path;
    public final Class<E> entity;
    public final Class<I> input;

    protected RecordType(String id, String path, Class<E> entity, Class<I> input) {
        this.id = id;
        this.path = path;
        this.entity = entity;
        this.input = input;
    }

    public abstract E newEntity();

    /** Copies validated figures onto the entity (not unit, year or position). */
    public abstract void apply(I in, E e);

    /** The record in the dataset's field names. */
    public abstract I view(E e);

    /** Natural key of a (normalised) record within its unit-year. */
    public abstract String key(I in);

    /** Content rules; {@code ptr} is the JSON pointer of the record. */
    public abstract void validate(I in, String ptr, Errors errors);

    /** Fills defaults (e.g. a case number from the record's place in the unit-year, counted from 1). */
    public I normalize(I in, int ordinal) {
        return in;
    }

    /** Parts the input leaves out (null) that stay as stored, e.g. a case's suspects. */
    public I complete(I in, E existing) {
        return in;
    }

    /** Adds ids of nested parts to the shown record. */
    public void decorate(ObjectNode node, E e) {
    }

    public String key(E e) {
        return key(view(e));
    }

    /** The record as it would be stored: compares equal to {@link #view} when nothing would change. */
    public I canonical(I in) {
        E probe = newEntity();
        probe.workUnit = in.workUnit();
        probe.year = in.year() == null ? 0 : in.year();
        apply(in, probe);
        return view(probe);
    }

    /** Field names a derivation rule may refer to. */
    public Set<String> fields() {
        Set<String> out = new LinkedHashSet<>();
        for (RecordComponent c : input.getRecordComponents()) {
            out.add(c.getName());
        }
        return out;
    }
}
