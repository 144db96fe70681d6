package org.calfcare;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.HashMap;
import java.util.Map;

import org.junit.Test;

/** Sizes by the formulas of docs/shoes.md, worked out by hand. */
public class ShoesTest {
    @Test
    public void sizeFromTheLongerFoot() {
        /* last = 248 + 10 = 258 mm; EU 258 x 3/20 = 38.7 -> 39; 3 x 258/25.4 = 30.47:
         * UK 5.47 -> 5.5, US men 6.47 -> 6.5, US women 7.97 -> 8; Mondopoint 248 -> 250 */
        Shoes.Advice a = Shoes.advise(Inputs.shoes().set("foot_length_mm", 245, 248).set("sex", "female"));
        Shoes.Size s = a.size();
        assertEquals(248, s.footMm(), 0);
        assertEquals(258, s.lastMm(), 0);
        assertEquals(39.0, s.eu(), 0);
        assertEquals(5.5, s.uk(), 0);
        assertEquals(6.5, s.usMen(), 0);
        assertEquals(8.0, s.usWomen(), 0);
        assertEquals(250, s.mondopointMm(), 0);
        assertEquals(Shoes.Width.UNKNOWN, a.width());
        assertNull(a.replaceDue());
        assertNull(a.roadStackOk());
        assertEquals(Shoes.Category.NEUTRAL, a.category());
        assertFalse(a.advice().isEmpty());
        /* the same by the size function: 245 + 15 = 260 -> EU 39 */
        assertEquals(39.0, Shoes.size(245, 15).eu(), 0);
        assertEquals(37.5, Shoes.size(240).eu(), 0); /* 250 x 0.15 = 37.5 exactly, no rounding */
    }

    @Test
    public void widthReplacementAndStack() {
        /* 100 / 248 = 0.403: wide (0.40 <= r < 0.44): women's D */
        Map<String, Object> m = new HashMap<>();
        m.put("foot_length_mm", 248);
        m.put("foot_width_mm", 100);
        m.put("sex", "female");
        m.put("shoe_km", 720);
        m.put("stack_mm", 35);
        Shoes.Advice a = Shoes.advise(m);
        assertEquals(Shoes.Width.WIDE, a.width());
        assertEquals("D", a.widthLetter());
        assertEquals(100.0 / 248, a.widthRatio(), 1e-12);
        assertEquals(Boolean.FALSE, a.replaceDue());
        assertEquals(80, a.kmLeft(), 1e-9);
        assertEquals(800, a.limitKm(), 0);
        assertEquals(Boolean.TRUE, a.roadStackOk());    /* 35 <= 40 */
        assertEquals(Boolean.FALSE, a.trackStackOk());  /* 35 > 20 */
        assertEquals(80.0, Shoes.kmLeft(720, 800), 1e-9);
        assertEquals(-100.0, Shoes.kmLeft(900, 800), 1e-9);
    }

    @Test
    public void dropTransitionAndCalfPain() {
        /* 10 -> 6 mm: 4 mm lower = 8 weeks at 2 weeks/mm; week k runs round(100 k / 8) percent */
        Shoes.Advice a = Shoes.advise(Inputs.shoes().set("foot_length_mm", 260).set("current_drop_mm", 10)
                .set("new_drop_mm", 6).set("weekly_km", 40));
        assertEquals(Shoes.Drop.TRANSITION, a.drop());
        assertEquals(-4, a.dropChangeMm(), 1e-12);
        assertEquals(8, a.transitionPlan().size());
        double[] share = {13, 25, 38, 50, 63, 75, 88, 100};
        for (int k = 0; k < 8; k++) {
            assertEquals(k + 1, a.transitionPlan().get(k).week());
            assertEquals(share[k], a.transitionPlan().get(k).sharePct(), 0);
            assertEquals(40 * share[k] / 100, a.transitionPlan().get(k).km(), 1e-9);
        }
        Shoes.Advice pain = Shoes.advise(Inputs.shoes().set("foot_length_mm", 260).set("current_drop_mm", 10)
                .set("new_drop_mm", 6).set("calf_pain", true));
        assertEquals(Shoes.Drop.DO_NOT_LOWER, pain.drop());
        assertTrue(pain.transitionPlan().isEmpty());
        assertEquals(Shoes.Category.NEUTRAL_CUSHIONED, pain.category());
    }

    @Test
    public void footLengthIsRequired() {
        try {
            Shoes.advise(Inputs.shoes().set("sex", "male"));
            fail("no foot length");
        } catch (InvalidInputException e) {
            assertEquals("foot_length_mm", e.field());
        }
        try {
            Shoes.kmLeft(-1, 800);
            fail("a negative distance is invalid");
        } catch (InvalidInputException e) {
            assertEquals("shoe_km", e.field());
        }
    }
}
