package org.calfcare;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

import org.calfcare.capi.capi;
import org.junit.Test;

/** Version, reasons, the exception hierarchy, the Inputs builder and the word enums. */
public class CommonTest {
    /** value -> word of the library's _name() function from {@code first} until it says "unknown". */
    private static Map<Integer, String> libraryWords(IntFunction<String> nameOf, int first) {
        Map<Integer, String> out = new TreeMap<>();
        for (int v = first; !nameOf.apply(v).equals("unknown"); v++)
            out.put(v, nameOf.apply(v));
        return out;
    }

    /** value -> word of a Java enum's constants, each named by its word in capitals unless told. */
    private static <E extends Enum<E>> Map<Integer, String> javaWords(E[] values, ToIntFunction<E> code,
                                                                   Function<E, String> word, boolean named) {
        Map<Integer, String> out = new TreeMap<>();
        for (E e : values) {
            assertEquals(e + " listed twice", null, out.put(code.applyAsInt(e), word.apply(e)));
            if (named)
                assertEquals(e.name(), word.apply(e).toUpperCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /**
     * Every word enum of the facade has a constant for every value the library names, and no other
     * (a value the library adds, as "unnamed" was, fails here until Java has it).
     */
    @Test
    public void wordEnumsHaveEveryWordOfTheLibrary() {
        Map<Integer, String> flags = libraryWords(capi::calfcare_red_flag_name, capi.CALFCARE_FLAG_DVT);
        flags.put(capi.CALFCARE_FLAG_UNNAMED, capi.calfcare_red_flag_name(capi.CALFCARE_FLAG_UNNAMED));
        assertEquals(capi.CALFCARE_FLAG_COUNT - 1 + 1, flags.size()); /* 1..9 and 100 */
        assertEquals(flags, javaWords(RedFlag.values(), RedFlag::code, RedFlag::word, true));
        Map<Integer, String> care = new TreeMap<>();
        for (int bit = 0; bit < capi.CALFCARE_CARE_KIND_COUNT; bit++)
            care.put(1 << bit, capi.calfcare_care_kind_name(1 << bit));
        assertEquals("unknown", capi.calfcare_care_kind_name(1 << capi.CALFCARE_CARE_KIND_COUNT));
        assertEquals(care, javaWords(CareKind.values(), CareKind::bit, CareKind::word, true));
        assertEquals(libraryWords(capi::calfcare_diagnosis_cause_name, capi.CALFCARE_DIAGNOSIS_CAUSE_OVERTRAINING),
                     javaWords(Cause.values(), Cause::code, Cause::word, true));
        assertEquals(libraryWords(capi::calfcare_diagnosis_triage_name, capi.CALFCARE_DIAGNOSIS_TRIAGE_SELF_CARE),
                     javaWords(Triage.values(), Triage::code, Triage::word, true));
        assertEquals(libraryWords(capi::calfcare_relief_name, capi.CALFCARE_RELIEF_RICE),
                     javaWords(Relief.Protocol.values(), p -> p.code, Relief.Protocol::word, true));
        assertEquals(libraryWords(capi::calfcare_relief_step_kind_name, capi.CALFCARE_RELIEF_STEP_REST),
                     javaWords(Relief.StepKind.values(), Relief.StepKind::code, Relief.StepKind::word, true));
        assertEquals(libraryWords(capi::calfcare_relief_side_name, capi.CALFCARE_RELIEF_SIDE_NONE),
                     javaWords(Relief.Side.values(), Relief.Side::code, Relief.Side::word, true));
        assertEquals(libraryWords(capi::calfcare_relief_timer_state_name, capi.CALFCARE_RELIEF_TIMER_READY),
                     javaWords(Timer.State.values(), s -> s.ordinal() + capi.CALFCARE_RELIEF_TIMER_READY, Timer.State::word, true));
        assertEquals(libraryWords(capi::calfcare_relief_event_name, capi.CALFCARE_RELIEF_EV_STEP_START),
                     javaWords(Timer.Event.Type.values(), t -> t.ordinal() + capi.CALFCARE_RELIEF_EV_STEP_START,
                               Timer.Event.Type::word, true));
        /* the decay words are formulas ("2/(n+1)"), not constant names */
        assertEquals(libraryWords(capi::calfcare_progression_decay_name, capi.CALFCARE_PROGRESSION_DECAY_2_OVER_N_PLUS_1),
                     javaWords(Progression.Decay.values(), d -> d.code, Progression.Decay::word, false));
        assertEquals(libraryWords(capi::calfcare_progression_band_name, 0),
                     javaWords(Progression.SpikeBand.values(), Enum::ordinal, Progression.SpikeBand::word, true));
        /* width 0 is the word "unknown" itself: the library's words from 1, and 0 */
        Map<Integer, String> width = libraryWords(capi::calfcare_shoes_width_name, capi.CALFCARE_SHOES_WIDTH_STANDARD);
        width.put(capi.CALFCARE_SHOES_WIDTH_UNKNOWN, capi.calfcare_shoes_width_name(capi.CALFCARE_SHOES_WIDTH_UNKNOWN));
        assertEquals(width, javaWords(Shoes.Width.values(), Enum::ordinal, Shoes.Width::word, true));
        assertEquals(libraryWords(capi::calfcare_shoes_category_name, capi.CALFCARE_SHOES_CATEGORY_NEUTRAL),
                     javaWords(Shoes.Category.values(), c -> c.ordinal() + capi.CALFCARE_SHOES_CATEGORY_NEUTRAL,
                               Shoes.Category::word, true));
        assertEquals(libraryWords(capi::calfcare_shoes_drop_name, capi.CALFCARE_SHOES_DROP_NONE),
                     javaWords(Shoes.Drop.values(), Enum::ordinal, Shoes.Drop::word, true));
        /* the check can fail: a Java enum without the library's last value differs */
        Map<Integer, String> short8 = javaWords(RedFlag.values(), RedFlag::code, RedFlag::word, true);
        short8.remove(capi.CALFCARE_FLAG_UNNAMED);
        assertFalse(flags.equals(short8));
    }

    @Test
    public void versionMatchesTheHeaders() {
        assertEquals(capi.CALFCARE_VERSION_STRING, Calfcare.version());
        assertArrayEquals(new int[] {capi.CALFCARE_VERSION_MAJOR, capi.CALFCARE_VERSION_MINOR, capi.CALFCARE_VERSION_PATCH},
                Calfcare.versionInfo());
        assertEquals(Calfcare.versionInfo()[0] + "." + Calfcare.versionInfo()[1] + "." + Calfcare.versionInfo()[2],
                Calfcare.version());
    }

    @Test
    public void reasonLookup() {
        Reason r = Calfcare.reason(1021);
        assertEquals(1021, r.code());
        assertEquals("cadence_low", r.name());
        assertEquals("heiderscheit2011", r.source());
        assertEquals("W", r.strength());
        assertEquals(r, Reason.of(1021));
        try {
            Calfcare.reason(999999);
            fail("an undefined code must throw");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("999999"));
        }
    }

    @Test
    public void exceptionHierarchy() {
        assertTrue(RefusedException.class.isAssignableFrom(BlockedException.class));
        assertTrue(RefusedException.class.isAssignableFrom(TooSoonException.class));
        assertTrue(CalfcareException.class.isAssignableFrom(RefusedException.class));
        assertTrue(CalfcareException.class.isAssignableFrom(InvalidInputException.class));
        assertTrue(CalfcareException.class.isAssignableFrom(StateException.class));
        assertTrue(CalfcareException.class.isAssignableFrom(BufferTooSmallException.class));
        assertTrue(RuntimeException.class.isAssignableFrom(CalfcareException.class));
        assertFalse(RefusedException.class.isAssignableFrom(InvalidInputException.class));
    }

    @Test
    public void invalidValueNamesFieldAndRange() {
        Inputs in = Inputs.diagnosis().set("cadence", 180);
        try {
            in.set("cadence", 400);
            fail("400 steps/min must be refused");
        } catch (InvalidInputException e) {
            assertEquals("cadence", e.field());
            assertEquals(400, e.value(), 0);
            assertEquals(120, e.min(), 0);
            assertEquals(240, e.max(), 0);
            assertEquals(capi.CALFCARE_E_INVALID, e.status());
            assertEquals(-2, e.status());
            assertEquals("CALFCARE_E_INVALID", e.statusName());
            assertTrue(e.getMessage(), e.getMessage().contains("cadence"));
        }
        /* the refused value left the field as it was */
        assertArrayEquals(new double[] {180}, in.get("cadence"), 0);
    }

    @Test
    public void messagesEchoingUserTextSurvive() {
        try {
            Inputs.diagnosis().set("warmup", "n\u00e9ver");
            fail("not an accepted word");
        } catch (InvalidInputException e) {
            assertEquals("warmup", e.field());
            assertTrue(e.getMessage(), e.getMessage().contains("'n\u00e9ver'"));
        }
        /* 300 two-byte characters: the message is cut at its buffer inside one */
        StringBuilder longWord = new StringBuilder();
        for (int i = 0; i < 300; i++)
            longWord.append('\u00e9');
        try {
            Inputs.diagnosis().set("warmup", longWord.toString());
            fail("not an accepted word");
        } catch (InvalidInputException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("warmup"));
        }
    }

    @Test
    public void unknownFieldListsTheAcceptedNames() {
        try {
            Inputs.diagnosis().set("cadance", 170);
            fail("a misspelt field must be refused");
        } catch (InvalidInputException e) {
            assertEquals("cadance", e.field());
            assertTrue(e.getMessage(), e.getMessage().contains("cadence"));
        }
    }

    @Test
    public void inputsOfEveryKind() {
        Inputs in = Inputs.diagnosis()
                .set("weekly_km", 30, 32, 35)
                .set("warmup", "sometimes")
                .set("overstride", true)
                .set("fever", false)
                .set("heel-raises", 18, 24);
        assertArrayEquals(new double[] {30, 32, 35}, in.get("weekly_km"), 0);
        assertArrayEquals(new double[] {1}, in.get("warmup"), 0);     /* never 0, sometimes 1, always 2 */
        assertArrayEquals(new double[] {1}, in.get("overstride"), 0); /* yes */
        assertArrayEquals(new double[] {0}, in.get("fever"), 0);      /* an explicit no */
        assertArrayEquals(new double[] {18, 24}, in.get("heel_raises"), 0);
        assertFalse(in.isSet("cadence"));
        in.unset("fever");
        assertFalse(in.isSet("fever"));
        assertEquals(0, in.get("fever").length);
    }

    @Test
    public void inputsFromAMap() {
        Map<String, Object> m = new HashMap<>();
        m.put("weekly_km", Arrays.asList(40, 44));
        m.put("cadence", 165);
        m.put("sex", "female");
        m.put("age", null);
        Inputs in = Inputs.of(Inputs.Schema.DIAGNOSIS, m);
        assertArrayEquals(new double[] {40, 44}, in.get("weekly_km"), 0);
        assertArrayEquals(new double[] {165}, in.get("cadence"), 0);
        assertArrayEquals(new double[] {0}, in.get("sex"), 0);
        assertFalse(in.isSet("age"));
        try {
            Inputs.diagnosis().set("cadence", new Object());
            fail("an object of no known kind must be refused");
        } catch (InvalidInputException e) {
            assertEquals("cadence", e.field());
        }
    }

    @Test
    public void schemasHaveTheirFields() {
        assertEquals(capi.CALFCARE_DIAGNOSIS_FIELD_COUNT, Inputs.Schema.DIAGNOSIS.fieldNames().size());
        assertEquals(capi.CALFCARE_SHOES_FIELD_COUNT, Inputs.Schema.SHOES.fieldNames().size());
        assertEquals("weekly_km", Inputs.Schema.DIAGNOSIS.fieldNames().get(capi.CALFCARE_DIAGNOSIS_WEEKLY_KM));
        assertEquals("foot_length_mm", Inputs.Schema.SHOES.fieldNames().get(0));
    }
}
