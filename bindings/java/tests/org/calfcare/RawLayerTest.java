package org.calfcare;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.calfcare.capi.calfcare_input;
import org.calfcare.capi.calfcare_progression_params;
import org.calfcare.capi.calfcare_progression_weekly_result;
import org.calfcare.capi.calfcare_relief_params;
import org.calfcare.capi.calfcare_relief_protocol;
import org.calfcare.capi.calfcare_relief_timer;
import org.calfcare.capi.capi;
import org.junit.Test;

/** The conventions of the SWIG typemaps (bindings/java/calfcare-java.swg) on the raw layer. */
public class RawLayerTest {
    @Test
    public void statusConstants() {
        assertEquals(0, capi.CALFCARE_OK);
        assertEquals(-1, capi.CALFCARE_E_NULL);
        assertEquals(-2, capi.CALFCARE_E_INVALID);
        assertEquals(-3, capi.CALFCARE_E_BUFFER);
        assertEquals(-4, capi.CALFCARE_E_BLOCKED);
        assertEquals(-5, capi.CALFCARE_E_TOO_SOON);
        assertEquals(-6, capi.CALFCARE_E_STATE);
        assertEquals(-7, capi.CALFCARE_E_UNSUPPORTED);
        assertEquals("CALFCARE_E_BLOCKED", capi.calfcare_status_name(capi.CALFCARE_E_BLOCKED));
        assertEquals(0xFFFFFFFFL, capi.CALFCARE_RELIEF_NEVER);
    }

    @Test
    public void doubleOutIsTheReturnValue() {
        assertEquals(44.0, capi.calfcare_progression_next_week_max(40, 10), 1e-12);
        assertEquals(100.0, capi.calfcare_shoes_km_left(700, 800), 1e-12);
        calfcare_input in = new calfcare_input();
        capi.calfcare_input_init(in, capi.CALFCARE_INPUT_SCHEMA_DIAGNOSIS);
        capi.calfcare_input_set_list(in, capi.CALFCARE_DIAGNOSIS_HEEL_RAISES, new double[] {18, 24});
        assertEquals(24.0, capi.calfcare_input_get(in, capi.CALFCARE_DIAGNOSIS_HEEL_RAISES, 1), 0);
        try {
            capi.calfcare_input_get(in, capi.CALFCARE_DIAGNOSIS_CADENCE, 0);
            fail("an unknown field has no value");
        } catch (InvalidInputException expected) {
            assertEquals("cadence", expected.field());
        }
    }

    @Test
    public void errorBecomesTheExceptionOfItsStatus() {
        try {
            capi.calfcare_progression_next_week_max(40, 80);
            fail("80% is over the 50% limit");
        } catch (InvalidInputException e) {
            assertEquals(capi.CALFCARE_E_INVALID, e.status());
            assertEquals("max_increase_pct", e.field());
            assertEquals(80, e.value(), 0);
            assertEquals(1, e.min(), 0);
            assertEquals(50, e.max(), 0);
        }
        calfcare_relief_params p = new calfcare_relief_params();
        capi.calfcare_relief_params_init(p);
        p.setLast_ice_ended_min_ago(10);
        try {
            capi.calfcare_relief_build(capi.CALFCARE_RELIEF_RICE, p, null, new calfcare_relief_protocol());
            fail("ice 10 min after the last one");
        } catch (TooSoonException e) {
            assertEquals(capi.CALFCARE_E_TOO_SOON, e.status());
        }
        try {
            capi.calfcare_diagnosis_assess(null, null);
            fail("NULL pointers are refused");
        } catch (InvalidInputException e) {
            assertEquals(capi.CALFCARE_E_NULL, e.status());
        }
    }

    @Test
    public void arraysInAndFilledInPlace() {
        calfcare_progression_params p = new calfcare_progression_params();
        capi.calfcare_progression_params_init(p);
        double[] change = new double[3];
        byte[] over = new byte[3];
        calfcare_progression_weekly_result r = new calfcare_progression_weekly_result();
        capi.calfcare_progression_check_weekly(new double[] {10, 20, 21}, p, change, over, r);
        assertTrue(Double.isNaN(change[0]));
        assertEquals(100.0, change[1], 1e-12);
        assertEquals(5.0, change[2], 1e-12);
        assertArrayEquals(new byte[] {0, 1, 0}, over);
        assertEquals(1, r.getOver_limit_count());
        /* a result array shorter than the series: E_BUFFER, nothing written */
        double[] shortChange = {7, 7};
        try {
            capi.calfcare_progression_check_weekly(new double[] {10, 20, 21}, p, shortChange, over, r);
            fail("2 < 3");
        } catch (BufferTooSmallException e) {
            assertEquals("change_pct", e.field());
            assertArrayEquals(new double[] {7, 7}, shortChange, 0);
        }
        try {
            capi.calfcare_progression_check_weekly(null, p, change, over, r);
            fail("a null array");
        } catch (NullPointerException expected) {
            assertEquals("array is null", expected.getMessage());
        }
        double[] weekly = new double[2];
        assertEquals(2, capi.calfcare_progression_weekly_totals(new double[14], weekly));
    }

    @Test
    public void savedTimerIsAByteArray() {
        calfcare_relief_params p = new calfcare_relief_params();
        capi.calfcare_relief_params_init(p);
        calfcare_relief_protocol proto = new calfcare_relief_protocol();
        capi.calfcare_relief_build(capi.CALFCARE_RELIEF_ROLL, p, null, proto);
        calfcare_relief_timer t = new calfcare_relief_timer();
        capi.calfcare_relief_timer_init(t, proto);
        byte[] small = new byte[16];
        try {
            capi.calfcare_relief_timer_save(t, small);
            fail("16 bytes cannot hold a timer");
        } catch (BufferTooSmallException expected) {
            assertEquals(capi.CALFCARE_E_BUFFER, expected.status());
        }
        byte[] blob = new byte[(int) capi.calfcare_relief_timer_saved_size(t)];
        assertEquals(68 + 6 * 8, blob.length); /* roll, 3 sets: 6 steps */
        capi.calfcare_relief_timer_save(t, blob);
        calfcare_relief_timer back = new calfcare_relief_timer();
        capi.calfcare_relief_timer_restore(back, blob);
        byte[] again = new byte[blob.length];
        capi.calfcare_relief_timer_save(back, again);
        assertArrayEquals(blob, again); /* the same state saves to the same bytes */
        blob[0] ^= 1;
        try {
            capi.calfcare_relief_timer_restore(back, blob);
            fail("a changed magic must be refused");
        } catch (StateException expected) {
            assertEquals(capi.CALFCARE_E_STATE, expected.status());
        }
    }
}
