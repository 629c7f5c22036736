package id.sakip.budget.unityear;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Serializes the writers of a unit-year with PostgreSQL advisory locks held until the transaction ends, so that
 * concurrent creates of one new unit-year do not race into its unique key and an update is never lost: the second
 * writer waits, then reads what the first committed (READ COMMITTED) and answers as a serial run would.
 *
 * <p>Every writer first takes the "all writers" key shared, then its unit-year keys in ascending order (one total
 * order, so two writers cannot deadlock). A write touching many unit-years ({@link #MAX_KEYS} or more, or score
 * schemes, which every unit-year depends on) takes the "all writers" key exclusively instead: it waits for the
 * running writers and holds the others off, without taking thousands of locks. {@link UnitYearWriter} refuses to
 * store a document whose unit-year is not held, so a new write path cannot forget this.
 */
@ApplicationScoped
public class UnitYearMutex {

    /** Above this many unit-years a write serializes against all writers instead of taking one lock each. */
    static final int MAX_KEYS = 64;
    /** The key of "all writers" (bigint form; the unit-year keys use the two-int form, a separate key space). */
    private static final long ALL_WRITERS = 0x5AC1_B0D6_E7L;
    private static final Object HELD = UnitYearMutex.class.getName() + ".held";
    private static final String EVERYTHING = "*";
    private static final String ALL_SHARED = "shared";

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;

    public UnitYearMutex(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.transactions = transactions;
    }

    /** Waits until no other transaction writes this unit-year; holds it until this transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String workUnit, int year) {
        lockAll(Set.of(new UnitYearKey(workUnit, year)));
    }

    /** {@link #lock} for every unit-year a dataset import writes, in one order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockAll(Collection<UnitYearKey> unitYears) {
        if (unitYears.size() >= MAX_KEYS) {
            lockEverything();
            return;
        }
        Set<String> held = held();
        if (held.contains(EVERYTHING)) {
            return;
        }
        if (held.add(ALL_SHARED)) {
            run("pg_advisory_xact_lock_shared(?1)", ALL_WRITERS);
        }
        for (UnitYearKey k : new TreeSet<>(unitYears)) {
            if (held.add(k.toString())) {
                run("pg_advisory_xact_lock(?1, ?2)", k.workUnit().hashCode(), k.year());
            }
        }
    }

    /** Waits until no other transaction writes anything; holds every unit-year until this transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockEverything() {
        Set<String> held = held();
        if (held.contains(EVERYTHING)) {
            return;
        }
        if (!held.isEmpty()) {
            // upgrading shared to exclusive would deadlock against another upgrader: writers lock once, up front
            throw new IllegalStateException("lockEverything after unit-year locks in the same transaction");
        }
        run("pg_advisory_xact_lock(?1)", ALL_WRITERS);
        held.add(EVERYTHING);
    }

    /** Whether this transaction holds the unit-year (a programming error in a write path when not). */
    public boolean holds(String workUnit, int year) {
        if (transactions.getTransactionKey() == null) {
            return false;
        }
        Set<String> held = held();
        return held.contains(EVERYTHING) || held.contains(new UnitYearKey(workUnit, year).toString());
    }

    /** Calls a lock function (they return void, which no JDBC type maps: the query counts the one row). */
    private void run(String call, Object... parameters) {
        var query = em.createNativeQuery("SELECT count(*) FROM (SELECT " + call + ") l");
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private Set<String> held() {
        Set<String> held = (Set<String>) transactions.getResource(HELD);
        if (held == null) {
            held = new HashSet<>();
            transactions.putResource(HELD, held);
        }
        return held;
    }

    /** A work unit and year; ordered by the advisory lock's key (hash of the unit, year), then by the unit. */
    public record UnitYearKey(String workUnit, int year) implements Comparable<UnitYearKey> {

        @Override
        public int compareTo(UnitYearKey o) {
            int c = Integer.compare(workUnit.hashCode(), o.workUnit.hashCode());
            if (c == 0) {
                c = Integer.compare(year, o.year);
            }
            return c != 0 ? c : workUnit.compareTo(o.workUnit);
        }

        @Override
        public String toString() {
            return workUnit + "/" + year;
        }
    }
}
