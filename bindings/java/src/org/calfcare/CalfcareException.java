package org.calfcare;

/**
 * Base class of every libcalfcare error. Thrown by the bindings when a C call returns a negative
 * {@code calfcare_status}; it carries the details of the C {@code calfcare_error} record.
 *
 * <p>The subclass says what kind of failure it is, one per status code:
 * {@link InvalidInputException} (a value out of range, not finite or not an accepted word),
 * {@link RefusedException} ({@link BlockedException}, {@link TooSoonException}: refused for safety),
 * {@link BufferTooSmallException}, {@link StateException}, {@link UnsupportedException}.
 * Every one is unchecked, like {@link IllegalArgumentException}.
 */
public class CalfcareException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String statusName;
    private final String field;
    private final double value;
    private final double min;
    private final double max;

    /**
     * Made by the JNI layer (and by the facade for the checks it does itself).
     * @param message    English sentence naming the field and what is accepted
     * @param status     the negative C status code
     * @param statusName its symbolic name, e.g. "CALFCARE_E_INVALID"
     * @param field      the input field at fault (snake_case), "" when none
     * @param value      the rejected number, NaN when it was not a number
     * @param min        smallest accepted value, NaN when no range applies
     * @param max        largest accepted value, NaN when no range applies
     */
    protected CalfcareException(String message, int status, String statusName, String field,
                                double value, double min, double max) {
        super(message);
        this.status = status;
        this.statusName = statusName;
        this.field = field == null ? "" : field;
        this.value = value;
        this.min = min;
        this.max = max;
    }

    /** @return the C status code (negative), e.g. -2 for {@code CALFCARE_E_INVALID}. */
    public int status() { return status; }

    /** @return the symbolic name of the status, e.g. "CALFCARE_E_INVALID". */
    public String statusName() { return statusName; }

    /** @return the input field at fault in snake_case (the CLI option with '_' for '-'), "" if none. */
    public String field() { return field; }

    /** @return the rejected value when it was a number, else NaN. */
    public double value() { return value; }

    /** @return the smallest accepted value of the field, or NaN when no range applies. */
    public double min() { return min; }

    /** @return the largest accepted value of the field, or NaN when no range applies. */
    public double max() { return max; }
}
