package org.calfcare;

/**
 * Refused for safety: not enough time since the previous application (ice: at least 60 min between applications). {@link #field()} is "last_ice_ended_min_ago", {@link #value()} the minutes given and {@link #min()} the least gap, 60 min.
 */
public class TooSoonException extends RefusedException {
    private static final long serialVersionUID = 1L;

    /** Made by the JNI layer; see {@link CalfcareException#CalfcareException}. */
    protected TooSoonException(String message, int status, String statusName, String field,
            double value, double min, double max) {
        super(message, status, statusName, field, value, min, max);
    }
}
