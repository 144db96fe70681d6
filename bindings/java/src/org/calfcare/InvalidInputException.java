package org.calfcare;

/**
 * An input value is out of range, not finite, not a whole number where one is needed, or not an
 * accepted word (status {@code CALFCARE_E_INVALID}); also a required object that is missing
 * ({@code CALFCARE_E_NULL}). Nothing is ever clamped: the call is refused and
 * {@link #field()} names the field (the CLI option with '_' for '-'), {@link #value()} the value,
 * {@link #min()} and {@link #max()} the accepted range.
 */
public class InvalidInputException extends CalfcareException {
    private static final long serialVersionUID = 1L;

    /** Made by the JNI layer; see {@link CalfcareException#CalfcareException}. */
    protected InvalidInputException(String message, int status, String statusName, String field,
                                    double value, double min, double max) {
        super(message, status, statusName, field, value, min, max);
    }

    /** A check done by the Java facade itself (an unknown field name, a value of the wrong type). */
    static InvalidInputException of(String field, String message) {
        return new InvalidInputException(message, org.calfcare.capi.capi.CALFCARE_E_INVALID,
                "CALFCARE_E_INVALID", field, Double.NaN, Double.NaN, Double.NaN);
    }
}
