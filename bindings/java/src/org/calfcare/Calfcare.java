package org.calfcare;

import java.util.Map;

import org.calfcare.capi.capi;

/**
 * Entry point of the libcalfcare Java bindings: calf-pain guidance for runners.
 *
 * <ul>
 *   <li>{@link #diagnose(Inputs)}: rank the causes of calf pain, screen red flags, give advice;</li>
 *   <li>{@link Relief}: relief protocols and prevention routines, run by a {@link Timer};</li>
 *   <li>{@link Progression}: the weekly 10% check, single-run spikes, the acute:chronic ratio,
 *       plans, return to running and many runners at once;</li>
 *   <li>{@link Shoes}: shoe size, width, drop, cushioning and replacement advice.</li>
 * </ul>
 *
 * Failures throw a {@link CalfcareException} subclass. The JNI library {@code libcalfcare_jni}
 * loads itself from {@code java.library.path} (or the file named by the system property
 * {@code calfcare.jni}); it needs {@code libcalfcare} on the dynamic linker's path.
 * The library is reentrant and results are immutable; the builders ({@link Inputs},
 * {@link Relief.Params}, {@link Progression.Params}, {@link Progression.PlanParams}) and a
 * {@link Timer} must not be used from two threads at once.
 */
public final class Calfcare {
    private Calfcare() {}

    /** @return the running libcalfcare version, "MAJOR.MINOR.PATCH". */
    public static String version() { return capi.calfcare_version_string(); }

    /** @return the running version as {major, minor, patch}. */
    public static int[] versionInfo() {
        return new int[] {capi.calfcare_version_major(), capi.calfcare_version_minor(), capi.calfcare_version_patch()};
    }

    /** @return the description of a reason, cue or advice code. @throws IllegalArgumentException if undefined */
    public static Reason reason(int code) { return Reason.of(code); }

    /**
     * Rank the causes of calf pain, screen red flags, score Wells and give advice.
     * @param inputs what is known, an {@link Inputs#diagnosis()} input; unknown fields add nothing
     * @return the diagnosis
     * @throws StateException when the input is of another schema
     */
    public static Diagnosis diagnose(Inputs inputs) {
        return Diagnosis.of(inputs.raw);
    }

    /**
     * The same from a map of field name to value (see {@link Inputs#set(String, Object)}):
     * {@code Calfcare.diagnose(Map.of("cadence", 162, "warmup", "never", "weekly_km", new double[] {30, 48}))}.
     * @throws InvalidInputException naming the field for an unknown name or an invalid value
     */
    public static Diagnosis diagnose(Map<String, ?> inputs) {
        return diagnose(Inputs.of(Inputs.Schema.DIAGNOSIS, inputs));
    }

    /**
     * The id of a row of a parameter table (calfcare/params.h) by its name: the builders set every
     * member through the library's table, which checks the range and the words.
     */
    static int paramsField(int table, String name) {
        int[] id = new int[1];
        capi.calfcare_params_field_parse(table, name, id);
        return id[0];
    }
}
