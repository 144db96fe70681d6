package org.calfcare;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.calfcare.capi.capi;
import org.junit.Test;

/** Version, reasons, the exception hierarchy and the Inputs builder. */
public class CommonTest {
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
