package org.calfcare;

/**
 * Refused for safety: a red flag blocks this kind of self-care ({@link BlockedException}), or it is too soon after the previous application ({@link TooSoonException}). Catch this one to handle every safety refusal alike.
 */
public class RefusedException extends CalfcareException {
    private static final long serialVersionUID = 1L;

    /** Made by the JNI layer; see {@link CalfcareException#CalfcareException}. */
    protected RefusedException(String message, int status, String statusName, String field,
            double value, double min, double max) {
        super(message, status, statusName, field, value, min, max);
    }
}
