package org.calfcare;

import org.calfcare.capi.capi;

/** Red flags: findings that must go to a clinician and block self-treatment. */
public enum RedFlag {
    /** Possible deep-vein thrombosis. */
    DVT(capi.CALFCARE_FLAG_DVT),
    /** Achilles tendon rupture picture. */
    ACHILLES_RUPTURE(capi.CALFCARE_FLAG_ACHILLES_RUPTURE),
    /** Calf muscle tear ("tennis leg"). */
    CALF_TEAR(capi.CALFCARE_FLAG_CALF_TEAR),
    /** Exertional compartment syndrome / popliteal artery entrapment pattern. */
    EXERTIONAL(capi.CALFCARE_FLAG_EXERTIONAL),
    /** Stress fracture signs. */
    STRESS_FRACTURE(capi.CALFCARE_FLAG_STRESS_FRACTURE),
    /** Systemic illness (fever). */
    SYSTEMIC(capi.CALFCARE_FLAG_SYSTEMIC),
    /** Numbness or tingling without the exertional pattern. */
    NERVE(capi.CALFCARE_FLAG_NERVE),
    /** Cannot walk four steps. */
    CANNOT_BEAR_WEIGHT(capi.CALFCARE_FLAG_CANNOT_BEAR_WEIGHT),
    /** Pain at rest or at night without another explanation. */
    REST_NIGHT_PAIN(capi.CALFCARE_FLAG_REST_NIGHT_PAIN),
    /**
     * Not a finding: a care kind blocked without naming the red flag (C {@code CALFCARE_FLAG_UNNAMED},
     * word "unnamed"), as {@link Blocked#ofKinds} blocks the kinds of a list such as
     * {@code diagnosis.blocked().kinds()}. It blocks as a red flag does, and a refusal of such a kind
     * reports it ({@link BlockedException#redFlag()}); a diagnosis never raises it.
     */
    UNNAMED(capi.CALFCARE_FLAG_UNNAMED);

    private final int code;

    RedFlag(int code) { this.code = code; }

    /** @return the C value (calfcare_red_flag). */
    public int code() { return code; }

    /** @return the snake_case word used in JSON and the CLI, e.g. "achilles_rupture". */
    public String word() { return capi.calfcare_red_flag_name(code); }

    /** @return the flag of a C value (1..9, or 100 for {@link #UNNAMED}), null for CALFCARE_FLAG_NONE (0)
     *  or an undefined value. */
    public static RedFlag fromCode(int code) {
        for (RedFlag f : values())
            if (f.code == code)
                return f;
        return null;
    }
}
