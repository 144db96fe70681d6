package org.calfcare;

import org.calfcare.capi.calfcare_reason;
import org.calfcare.capi.capi;

/**
 * A stable reason, cue or advice code with its English text, the source key of the rule and its
 * evidence strength. Codes never change meaning: 1000-1999 diagnosis, 2000-2999 relief,
 * 3000-3999 progression, 4000-4999 shoes. Apps can translate by {@link #name()}.
 */
public final class Reason {
    private final int code;
    private final String name;
    private final String text;
    private final String source;
    private final String strength;

    private Reason(int code, String name, String text, String source, String strength) {
        this.code = code;
        this.name = name;
        this.text = text;
        this.source = source;
        this.strength = strength;
    }

    /**
     * Describe a code.
     * @param code a reason, cue or advice code
     * @return its description
     * @throws IllegalArgumentException when the library does not define the code
     */
    public static Reason of(int code) {
        calfcare_reason r = capi.calfcare_reason_lookup(code);
        if (r == null)
            throw new IllegalArgumentException("unknown reason code " + code);
        return new Reason(r.getCode(), r.getName(), r.getText(), r.getSource(), r.getStrength());
    }

    /** Like {@link #of(int)}, but null for an undefined code (0 included). */
    static Reason orNull(int code) {
        calfcare_reason r = capi.calfcare_reason_lookup(code);
        return r == null ? null : new Reason(r.getCode(), r.getName(), r.getText(), r.getSource(), r.getStrength());
    }

    /** @return the stable code. */
    public int code() { return code; }
    /** @return the stable snake_case key, e.g. "cadence_low". */
    public String name() { return name; }
    /** @return short English text. */
    public String text() { return text; }
    /** @return source key of the rule, e.g. "heiderscheit2011" (docs/rules.md lists the citations). */
    public String source() { return source; }
    /** @return evidence strength: "S" strong, "M" moderate, "W" weak/practice, "C" contested, "F" fixed safety rule. */
    public String strength() { return strength; }

    @Override public boolean equals(Object o) { return o instanceof Reason && ((Reason) o).code == code; }
    @Override public int hashCode() { return code; }
    @Override public String toString() { return name + " (" + code + ")"; }
}
