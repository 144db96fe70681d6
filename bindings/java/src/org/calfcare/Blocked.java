package org.calfcare;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.calfcare.capi.calfcare_blocked;
import org.calfcare.capi.calfcare_diagnosis;
import org.calfcare.capi.capi;

/**
 * Which kinds of self-care are blocked, and by which red flag. A diagnosis gives one
 * ({@link Diagnosis#blocked()}); the relief protocols refuse blocked steps with
 * {@link BlockedException}. Immutable.
 */
public final class Blocked {
    private static final Blocked NONE = new Blocked(new EnumMap<CareKind, RedFlag>(CareKind.class));

    private final Map<CareKind, RedFlag> by;

    private Blocked(EnumMap<CareKind, RedFlag> by) {
        this.by = Collections.unmodifiableMap(by);
    }

    /** @return a set that blocks nothing. */
    public static Blocked none() { return NONE; }

    /** @return a copy of this set that also blocks {@code kind} because of {@code flag}. */
    public Blocked with(CareKind kind, RedFlag flag) {
        if (kind == null || flag == null)
            throw new NullPointerException("kind and flag are required");
        EnumMap<CareKind, RedFlag> m = new EnumMap<>(CareKind.class);
        m.putAll(by);
        m.put(kind, flag);
        return new Blocked(m);
    }

    /**
     * The set that blocks each kind of a list without naming a red flag, for a caller that kept only
     * the blocked kinds ({@code diagnosis.blocked().kinds()}, or kinds stored as words and read back
     * with {@link CareKind#fromWord}). Each kind is blocked by {@link RedFlag#UNNAMED}: the same kinds
     * are refused at the same steps as with the diagnosis itself, and the refusal's
     * {@link BlockedException#redFlag()} is {@code UNNAMED}. A kind listed twice is blocked once.
     * @param kinds the blocked kinds; empty blocks nothing
     * @return the set
     * @throws InvalidInputException (field "blocked") for a null list, (field "care") for a null kind
     */
    public static Blocked ofKinds(Iterable<CareKind> kinds) {
        if (kinds == null)
            throw InvalidInputException.of("blocked", "blocked: must not be null (Blocked.none() blocks nothing)");
        EnumMap<CareKind, RedFlag> m = new EnumMap<>(CareKind.class);
        for (CareKind k : kinds) {
            if (k == null) /* fail closed: a hole in the list is an error, never a kind left unblocked */
                throw InvalidInputException.of("care", "care: null in the list of blocked care kinds");
            m.put(k, RedFlag.UNNAMED);
        }
        return m.isEmpty() ? NONE : new Blocked(m);
    }

    static Blocked of(calfcare_diagnosis dx) {
        EnumMap<CareKind, RedFlag> m = new EnumMap<>(CareKind.class);
        long mask = dx.getBlocked().getMask();
        for (int bit = 0; bit < capi.CALFCARE_CARE_KIND_COUNT; bit++)
            if ((mask & (1L << bit)) != 0)
                m.put(CareKind.fromBit(1L << bit), RedFlag.fromCode(dx.blocked_flag_at(bit)));
        return m.isEmpty() ? NONE : new Blocked(m);
    }

    /** The C struct, built through calfcare_relief_block(). The caller deletes it. */
    calfcare_blocked toRaw() {
        calfcare_blocked b = new calfcare_blocked();
        for (Map.Entry<CareKind, RedFlag> e : by.entrySet()) {
            if (e.getValue() == null) { /* fail closed: never drop a block */
                b.delete();
                throw new IllegalStateException(e.getKey().word() + " is blocked by an unknown red flag");
            }
            capi.calfcare_relief_block(b, e.getKey().bit(), e.getValue().code());
        }
        return b;
    }

    /** @return whether a kind of self-care is blocked. */
    public boolean isBlocked(CareKind kind) { return by.containsKey(kind); }

    /** @return the red flag that blocks a kind (the most serious one), null when it is allowed. */
    public RedFlag flagFor(CareKind kind) { return by.get(kind); }

    /** @return the blocked kinds. */
    public Set<CareKind> kinds() { return by.keySet(); }

    /** @return blocked kind to the red flag that blocks it. */
    public Map<CareKind, RedFlag> asMap() { return by; }

    /** @return true when nothing is blocked. */
    public boolean isEmpty() { return by.isEmpty(); }

    @Override public boolean equals(Object o) { return o instanceof Blocked && ((Blocked) o).by.equals(by); }
    @Override public int hashCode() { return by.hashCode(); }
    @Override public String toString() { return "Blocked" + by; }
}
