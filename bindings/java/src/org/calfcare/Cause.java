package org.calfcare;

import org.calfcare.capi.capi;

/** The five causes of calf pain in runners that the diagnosis ranks. */
public enum Cause {
    /** Sudden jumps in distance (weekly or a single run). */
    OVERTRAINING(capi.CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING),
    /** No warm-up before, no stretching after runs. */
    WARMUP_STRETCHING(capi.CALFCARE_DIAGNOSIS_CAUSE_WARMUP_STRETCHING),
    /** Overstriding, low cadence, forefoot or heavy heel landing. */
    RUNNING_FORM(capi.CALFCARE_DIAGNOSIS_CAUSE_RUNNING_FORM),
    /** Weak or tight calves (heel raises, knee-to-wall) and risk factors. */
    CALF_STRENGTH_FLEXIBILITY(capi.CALFCARE_DIAGNOSIS_CAUSE_CALF_STRENGTH_FLEXIBILITY),
    /** Worn, low-drop, minimalist or firm shoes. */
    SHOES(capi.CALFCARE_DIAGNOSIS_CAUSE_SHOES);

    private final int code;

    Cause(int code) { this.code = code; }

    /** @return the C value (calfcare_diagnosis_cause). */
    public int code() { return code; }

    /** @return the snake_case word, e.g. "overtraining". */
    public String word() { return capi.calfcare_diagnosis_cause_name(code); }

    /** @return the cause of a C value. @throws IllegalArgumentException if undefined */
    public static Cause fromCode(int code) {
        for (Cause c : values())
            if (c.code == code)
                return c;
        throw new IllegalArgumentException("unknown cause " + code);
    }
}
