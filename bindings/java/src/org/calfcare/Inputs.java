package org.calfcare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.calfcare.capi.calfcare_input_field;
import org.calfcare.capi.calfcare_input;
import org.calfcare.capi.capi;

/**
 * Optional, validated inputs of one schema: what is known about a runner for the diagnosis
 * ({@link #diagnosis()}) or the shoe advice ({@link #shoes()}). A builder:
 *
 * <pre>{@code
 * Inputs in = Inputs.diagnosis()
 *     .set("weekly_km", 30, 32, 35, 48)   // km, oldest first
 *     .set("cadence", 162)                // steps/min
 *     .set("warmup", "never")             // a word of a choice field
 *     .set("overstride", true);           // yes/no field or symptom switch
 * Diagnosis d = Calfcare.diagnose(in);
 * }</pre>
 *
 * Field names are the {@code calfcare} program's options with '_' for '-' ('-' is accepted too).
 * A field never set is unknown, which is not the same as "no". Every value is checked when it is
 * set: an invalid one throws {@link InvalidInputException} naming the field and its range, and the
 * field keeps its previous value. Not thread-safe; cheap to make.
 */
public final class Inputs {
    /** The schemas: which set of fields an input holds. */
    public enum Schema {
        /** Cause diagnosis and red-flag triage ({@link Calfcare#diagnose(Inputs)}). */
        DIAGNOSIS(capi.CALFCARE_INPUT_SCHEMA_DIAGNOSIS),
        /** Shoe-fit guidance ({@link Shoes#advise(Inputs)}). */
        SHOES(capi.CALFCARE_INPUT_SCHEMA_SHOES);

        final int code;

        Schema(int code) { this.code = code; }

        /** @return the names of the schema's fields, in field-id order. */
        public List<String> fieldNames() {
            int n = (int) capi.calfcare_input_field_count(code);
            List<String> names = new ArrayList<>(n);
            for (int i = 0; i < n; i++)
                names.add(capi.calfcare_input_field_at(code, i).getName());
            return Collections.unmodifiableList(names);
        }
    }

    private final Schema schema;
    final calfcare_input raw = new calfcare_input();

    /** An empty input (every field unknown) of a schema. */
    public Inputs(Schema schema) {
        this.schema = schema;
        capi.calfcare_input_init(raw, schema.code);
    }

    /** @return an empty input for {@link Calfcare#diagnose(Inputs)}. */
    public static Inputs diagnosis() { return new Inputs(Schema.DIAGNOSIS); }

    /** @return an empty input for {@link Shoes#advise(Inputs)}. */
    public static Inputs shoes() { return new Inputs(Schema.SHOES); }

    /**
     * An input from a map of field name to value, as {@link #set(String, Object)} takes them.
     * @param schema the schema
     * @param values field name to value; a null value leaves the field unknown
     * @return the input
     */
    public static Inputs of(Schema schema, Map<String, ?> values) {
        Inputs in = new Inputs(schema);
        Map<Integer, String> seen = new java.util.HashMap<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            // One field under two spellings ("deep_vein_tenderness", "deep-vein-tenderness") is an
            // error, never the last one silently winning.
            String before = seen.put(in.id(e.getKey()), e.getKey());
            if (before != null) {
                String field = capi.calfcare_input_field_at(schema.code, in.id(e.getKey())).getName();
                throw InvalidInputException.of(field, field + ": given twice, as '" + before + "' and '"
                        + e.getKey() + "'; give it once");
            }
            in.set(e.getKey(), e.getValue());
        }
        return in;
    }

    /** @return the schema of this input. */
    public Schema schema() { return schema; }

    private int id(String name) {
        int id = capi.calfcare_input_find(schema.code, name);
        if (id < 0)
            throw InvalidInputException.of(name, "unknown field '" + name + "' of the "
                    + schema.name().toLowerCase(java.util.Locale.ROOT) + " inputs; accepted: "
                    + String.join(", ", schema.fieldNames()));
        return id;
    }

    /** A switch, or a choice of exactly "no" and "yes". */
    private boolean isYesNo(int id) {
        calfcare_input_field f = capi.calfcare_input_field_at(schema.code, id);
        if (f.getType() == capi.CALFCARE_INPUT_FIELD_SWITCH)
            return true;
        return f.getType() == capi.CALFCARE_INPUT_FIELD_CHOICE && "no".equals(f.choice(0)) && "yes".equals(f.choice(1))
                && f.choice(2) == null;
    }

    /** Set a number (in the field's unit), or a choice by its index. @return this */
    public Inputs set(String name, double value) {
        capi.calfcare_input_set(raw, id(name), value);
        return this;
    }

    /** Set a field that takes several numbers: weekly distances, or left and right. @return this */
    public Inputs set(String name, double... values) {
        capi.calfcare_input_set_list(raw, id(name), values);
        return this;
    }

    /** Set a yes/no field or a symptom switch; false is an explicit "no". @return this */
    public Inputs set(String name, boolean value) {
        int id = id(name);
        calfcare_input_field f = capi.calfcare_input_field_at(schema.code, id);
        if (f.getType() == capi.CALFCARE_INPUT_FIELD_SWITCH)
            capi.calfcare_input_set(raw, id, value ? 1 : 0);
        else
            capi.calfcare_input_set_word(raw, id, value ? "yes" : "no");
        return this;
    }

    /** Set any field from text as a user types it: "always", "162", "30,32,35", "yes". @return this */
    public Inputs set(String name, String text) {
        capi.calfcare_input_set_text(raw, id(name), text);
        return this;
    }

    /**
     * Set a field from any value: a Number, Boolean, String, double[] or a Collection of Numbers;
     * null makes the field unknown again.
     * @return this
     */
    public Inputs set(String name, Object value) {
        if (value == null)
            return unset(name);
        if (isYesNo(id(name)) && !(value instanceof Boolean) &&
                !(value instanceof CharSequence && capi.calfcare_input_field_at(schema.code, id(name)).getType()
                        == capi.CALFCARE_INPUT_FIELD_CHOICE)) {
            // Strict truth values: a number (0, 1, NaN), a list or anything else is not a yes/no.
            throw InvalidInputException.of(name, name + ": expected true, false or null (unknown)"
                    + (capi.calfcare_input_field_at(schema.code, id(name)).getType() == capi.CALFCARE_INPUT_FIELD_CHOICE
                       ? " or the words 'yes', 'no'" : "") + ", got " + value);
        }
        if (value instanceof java.util.Set)
            throw InvalidInputException.of(name, name + ": expected a list (a set has no order), got " + value);
        if (value instanceof Number)
            return set(name, ((Number) value).doubleValue());
        if (value instanceof Boolean)
            return set(name, ((Boolean) value).booleanValue());
        if (value instanceof CharSequence)
            return set(name, value.toString());
        if (value instanceof double[])
            return set(name, (double[]) value);
        if (value instanceof int[]) {
            int[] ints = (int[]) value;
            double[] d = new double[ints.length];
            for (int i = 0; i < ints.length; i++)
                d[i] = ints[i];
            return set(name, d);
        }
        if (value instanceof Collection) {
            Collection<?> c = (Collection<?>) value;
            double[] d = new double[c.size()];
            int i = 0;
            for (Object o : c) {
                if (!(o instanceof Number))
                    throw InvalidInputException.of(name, name + ": expected numbers, got " + o);
                d[i++] = ((Number) o).doubleValue();
            }
            return set(name, d);
        }
        throw InvalidInputException.of(name, name + ": expected a number, a word, a boolean or numbers, got "
                + value.getClass().getSimpleName());
    }

    /** Make a field unknown again. @return this */
    public Inputs unset(String name) {
        capi.calfcare_input_unset(raw, id(name));
        return this;
    }

    /** @return whether the field has been given. */
    public boolean isSet(String name) {
        return capi.calfcare_input_count(raw, id(name)) > 0;
    }

    /** @return the values of a field (a choice as its index, a switch as 0 or 1); empty when unknown. */
    public double[] get(String name) {
        int id = id(name);
        int n = (int) capi.calfcare_input_count(raw, id);
        double[] v = new double[n];
        for (int i = 0; i < n; i++)
            v[i] = capi.calfcare_input_get(raw, id, i);
        return v;
    }
}
