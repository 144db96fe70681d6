package org.calfcare;

/**
 * A buffer (an array given to the library) is too small; {@link #field()} names it.
 */
public class BufferTooSmallException extends CalfcareException {
    private static final long serialVersionUID = 1L;

    /** Made by the JNI layer; see {@link CalfcareException#CalfcareException}. */
    protected BufferTooSmallException(String message, int status, String statusName, String field,
            double value, double min, double max) {
        super(message, status, statusName, field, value, min, max);
    }
}
