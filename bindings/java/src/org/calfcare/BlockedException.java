package org.calfcare;

/**
 * Refused for safety: a red flag from the diagnosis blocks this kind of self-care (status
 * {@code CALFCARE_E_BLOCKED}). {@link #careKind()} is the blocked kind, {@link #redFlag()} the red
 * flag that blocks it; the message names the step and the flag. See a clinician first.
 */
public class BlockedException extends RefusedException {
    private static final long serialVersionUID = 1L;

    /** Made by the JNI layer; see {@link CalfcareException#CalfcareException}. */
    protected BlockedException(String message, int status, String statusName, String field,
                               double value, double min, double max) {
        super(message, status, statusName, field, value, min, max);
    }

    /** @return the blocked kind of self-care (from {@link #field()}), or null if not known. */
    public CareKind careKind() {
        return CareKind.fromWord(field());
    }

    /** @return the red flag that blocks it (from {@link #value()}), or null if not known. */
    public RedFlag redFlag() {
        return Double.isNaN(value()) ? null : RedFlag.fromCode((int) value());
    }
}
