package org.calfcare;

/**
 * The request is valid but not supported by this build or version of the library.
 */
public class UnsupportedException extends CalfcareException {
    private static final long serialVersionUID = 1L;

    /** Made by the JNI layer; see {@link CalfcareException#CalfcareException}. */
    protected UnsupportedException(String message, int status, String statusName, String field,
            double value, double min, double max) {
        super(message, status, statusName, field, value, min, max);
    }
}
