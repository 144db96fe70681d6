package org.calfcare;

/**
 * An object is not initialised, of the wrong kind, or corrupt (for example a saved timer state that fails its check).
 */
public class StateException extends CalfcareException {
    private static final long serialVersionUID = 1L;

    /** Made by the JNI layer; see {@link CalfcareException#CalfcareException}. */
    protected StateException(String message, int status, String statusName, String field,
            double value, double min, double max) {
        super(message, status, statusName, field, value, min, max);
    }
}
