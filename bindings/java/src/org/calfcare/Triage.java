package org.calfcare;

import org.calfcare.capi.capi;

/** What the runner should do; the most serious red flag decides. */
public enum Triage {
    /** No red flag: self-care with the advice given. */
    SELF_CARE(capi.CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE),
    /** A red flag: see a clinician before treating it yourself. */
    SEE_CLINICIAN(capi.CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN),
    /** An urgent red flag: see a clinician today. */
    URGENT(capi.CALFCARE_DIAGNOSIS_TRIAGE_URGENT);

    private final int code;

    Triage(int code) { this.code = code; }

    /** @return the C value (calfcare_diagnosis_triage). */
    public int code() { return code; }

    /** @return the snake_case word used in JSON and the CLI: "self_care", "see_clinician", "urgent". */
    public String word() { return capi.calfcare_diagnosis_triage_name(code); }

    /** @return the triage level of a C value. @throws IllegalArgumentException if undefined */
    public static Triage fromCode(int code) {
        for (Triage t : values())
            if (t.code == code)
                return t;
        throw new IllegalArgumentException("unknown triage " + code);
    }
}
