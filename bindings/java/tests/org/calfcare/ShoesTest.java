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
        /* 248 mm = 9.76378 in, x3 = 29.2913: US men 7.29 -> 7.5, US women 8.79 -> 9, UK 6.29 -> 6.5;
         * EU (248 + 15) x 3/20 = 39.45 -> 39.5; Mondopoint 248 -> 250; US fits (7.5 + 0.25 + 22)/3 in
         * = 251.883 mm, EU 39.5 x 20/3 - 15 = 248.333 mm */
        Shoes.Advice a = Shoes.advise(Inputs.shoes().set("foot_length_mm", 245, 248).set("sex", "female"));
        Shoes.Size s = a.size();
        assertEquals(248, s.footMm(), 0);
        assertEquals(258, s.lastMm(), 0);
        assertEquals(39.5, s.eu(), 0);
        assertEquals(6.5, s.uk(), 0);
        assertEquals(7.5, s.usMen(), 0);
        assertEquals(9.0, s.usWomen(), 0);
        assertEquals(250, s.mondopointMm(), 0);
        assertEquals(251.8833333, s.usMenFitsMm(), 1e-6);
        assertEquals(251.8833333, s.usWomenFitsMm(), 1e-6);
        assertEquals(251.8833333, s.ukFitsMm(), 1e-6);
        assertEquals(248.3333333, s.euFitsMm(), 1e-6);
        assertEquals(Shoes.Width.UNKNOWN, a.width());
        assertNull(a.replaceDue());
        assertNull(a.roadStackOk());
        assertNull(a.brand());
        assertEquals(Shoes.Category.NEUTRAL, a.category());
        assertFalse(a.advice().isEmpty());
        /* the advice schema of every area: code int, name word, source and strength of the rule */
        assertEquals(4001, a.advice().get(0).code());
        assertEquals("size_longer_foot", a.advice().get(0).name());
        assertEquals("brannock", a.advice().get(0).source());
        /* the size function: toe room 15 sizes 245 as 250: EU 265 x 0.15 = 39.75 -> 40 */
        assertEquals(40.0, Shoes.size(245, 15).eu(), 0);
        assertEquals(40.5, Shoes.size(255).eu(), 0); /* 270 x 0.15 = 40.5 exactly, no rounding */
    }

    /* The published charts, copied by hand from the pages named in docs/shoes.md: US, UK, EU, foot mm. */
    private static final double[][] NIKE_MEN = {
        {6, 5.5, 38.5, 240}, {6.5, 6, 39, 245}, {7, 6, 40, 250}, {7.5, 6.5, 40.5, 255}, {8, 7, 41, 260},
        {8.5, 7.5, 42, 265}, {9, 8, 42.5, 270}, {9.5, 8.5, 43, 275}, {10, 9, 44, 280}, {10.5, 9.5, 44.5, 285},
        {11, 10, 45, 290}, {11.5, 10.5, 45.5, 295}};
    private static final double[][] NEW_BALANCE_MEN = {
        {7, 6.5, 40, 241}, {7.5, 7, 40.5, 248}, {8, 7.5, 41.5, 251}, {8.5, 8, 42, 254}, {9, 8.5, 42.5, 260},
        {9.5, 9, 43, 264}, {10, 9.5, 44, 267}, {10.5, 10, 44.5, 273}, {11, 10.5, 45, 276}, {11.5, 11, 45.5, 279},
        {12, 11.5, 46.5, 286}, {13, 12.5, 47.5, 292}};

    private static void checkChart(Shoes.Chart c, String name, double[][] rows, String source) {
        assertEquals(name, c.name());
        assertEquals(source, c.source());
        assertEquals("2026-12-02", c.readOn());
        assertEquals(rows.length, c.rows().size());
        for (int i = 0; i < rows.length; i++) {
            Shoes.ChartRow r = c.rows().get(i);
            assertEquals(rows[i][0], r.us(), 0);
            assertEquals(rows[i][1], r.uk(), 0);
            assertEquals(rows[i][2], r.eu(), 0);
            assertEquals(rows[i][3], r.footMm(), 0);
            /* a foot of exactly the row's length gets that row */
            Shoes.BrandSize b = Shoes.advise(Inputs.shoes().set("foot_length_mm", rows[i][3]).set("brand", name)).brand();
            assertTrue(b.inChart());
            assertEquals(name, b.name());
            assertEquals(rows[i][0], b.us(), 0);
            assertEquals(rows[i][1], b.uk(), 0);
            assertEquals(rows[i][2], b.eu(), 0);
            assertEquals(rows[i][3], b.fitsUpToMm(), 0);
        }
        /* 1 mm longer than the last row: outside the chart */
        Shoes.BrandSize out = Shoes.advise(Inputs.shoes().set("foot_length_mm", rows[rows.length - 1][3] + 1)
                .set("brand", name)).brand();
        assertFalse(out.inChart());
        assertTrue(Double.isNaN(out.us()));
    }

    @Test
    public void brandChartsRowByRow() {
        assertEquals(2, Shoes.charts().size());
        checkChart(Shoes.charts().get(0), "nike", NIKE_MEN, "https://visualfoodie.com/the-ultimate-nike-mens-shoe-sizing-chart");
        checkChart(Shoes.charts().get(1), "new_balance", NEW_BALANCE_MEN,
                   "https://winenfood.com/a-guide-to-the-new-balance-shoe-size-chart");
        try {
            Shoes.advise(Inputs.shoes().set("foot_length_mm", 260).set("brand", "adidas"));
            fail("unknown brand");
        } catch (InvalidInputException e) {
            assertEquals("brand", e.field());
            assertTrue(e.getMessage(), e.getMessage().contains("nike|new_balance"));
        }
    }

    @Test
    public void widthReplacementAndStack() {
        /* 100 mm at 248 mm, women's last: wide (from 98.425 mm, below): women's D */
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
        /* US women's 9: the width chart's B 3 11/16 in = 93.6625 mm; wide from + 3/16 in, extra wide + 9/16 in */
        assertTrue(a.widthFromChart());
        assertEquals(98.425, a.wideFromMm(), 1e-9);
        assertEquals(107.95, a.extraWideFromMm(), 1e-9);
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
