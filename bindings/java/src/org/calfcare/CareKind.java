package org.calfcare;

import org.calfcare.capi.capi;

/** Kinds of self-care a red flag can block. */
public enum CareKind {
    /** Massage of the calf. */
    MASSAGE(capi.CALFCARE_CARE_MASSAGE),
    /** Foam rolling or a massage ball. */
    FOAM_ROLL(capi.CALFCARE_CARE_FOAM_ROLL),
    /** Stretching. */
    STRETCH(capi.CALFCARE_CARE_STRETCH),
    /** Ice (cold) application. */
    ICE(capi.CALFCARE_CARE_ICE),
    /** Running (and the routines' drills and calf raises). */
    RUNNING(capi.CALFCARE_CARE_RUNNING),
    /** A compression bandage (its check, "loosen if the toes tingle", needs sensation). */
    COMPRESSION(capi.CALFCARE_CARE_COMPRESSION);

    private final int bit;

    CareKind(int bit) { this.bit = bit; }

    /** @return the C bit value (calfcare_care_kind). */
    public int bit() { return bit; }

    /** @return the snake_case word: "massage", "foam_roll", "stretch", "ice", "running", "compression". */
    public String word() { return capi.calfcare_care_kind_name(bit); }

    /** @return the kind of one C bit, null when it is not exactly one defined bit (0 included). */
    public static CareKind fromBit(long bit) {
        for (CareKind k : values())
            if (k.bit == bit)
                return k;
        return null;
    }

    /** @return the kind named by a word ("foam_roll"), null for an unknown word. */
    public static CareKind fromWord(String word) {
        for (CareKind k : values())
            if (k.word().equals(word))
                return k;
        return null;
    }
}
