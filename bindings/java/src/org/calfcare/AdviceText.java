package org.calfcare;

/**
 * A piece of advice as the library writes it: the stable code (with its name, source and
 * strength, {@link Reason}) and the English sentence with the runner's numbers filled in. The
 * advice of each area ({@link Diagnosis.Advice}, {@link Shoes.Item}) adds its number.
 */
public abstract class AdviceText {
    private final Reason reason;
    private final String text;

    AdviceText(Reason reason, String text) {
        this.reason = reason;
        this.text = text;
    }

    /** @return the advice code with its name, source and strength. */
    public Reason reason() { return reason; }
    /** @return the advice code, a stable int (the same in every area: code int, name word). */
    public int code() { return reason.code(); }
    /** @return the advice's stable snake_case name, e.g. "next_week_cap". */
    public String name() { return reason.name(); }
    /** @return the source key of the rule (docs/evidence.md). */
    public String source() { return reason.source(); }
    /** @return the evidence strength: "S", "M", "W", "C" or "F". */
    public String strength() { return reason.strength(); }
    /** @return the English sentence with the numbers filled in. */
    public String text() { return text; }

    @Override public String toString() { return text; }
}
