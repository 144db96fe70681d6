package org.calfcare;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;

import org.calfcare.capi.capi;

/** Expected values worked out by hand (docs/progression.md formulas) or by a plain Java EWMA. */
public class ProgressionTest {
    private static final double EPS = 1e-9;

    @Test
    public void weeklyCheck() {
        /* 44 = 40 x 1.10 exactly: within; 50 > 44 x 1.10 = 48.4: over; 50 -> 50: 0% */
        Progression.WeeklyCheck c = Progression.checkWeekly(new double[] {40, 44, 50, 50});
        double[] ch = c.changePct();
        assertTrue(Double.isNaN(ch[0]));
        assertEquals(10.0, ch[1], EPS);
        assertEquals((50.0 / 44 - 1) * 100, ch[2], EPS);
        assertEquals(0.0, ch[3], EPS);
        assertArrayEquals(new boolean[] {false, false, true, false}, c.overLimit());
        assertEquals(1, c.overLimitCount());
        assertEquals(55.0, c.nextWeekMax(), EPS);
        assertEquals(0.0, c.lastChangePct(), EPS);
        assertEquals((50.0 / 44 - 1) * 100, c.maxChangePct(), EPS);
        assertEquals((50.0 / 44 - 1) * 100, c.twoWeekChangePct(), EPS);
        assertTrue(c.advice().contains(Reason.of(3001)));
        /* a 20% limit: 50 < 44 x 1.2 = 52.8 is within */
        assertEquals(0, Progression.checkWeekly(new double[] {40, 44, 50, 50},
                new Progression.Params().maxIncreasePct(20)).overLimitCount());
    }

    @Test
    public void invalidSeriesNamesTheField() {
        try {
            Progression.checkWeekly(new double[] {40, -1});
            fail("a negative distance is invalid");
        } catch (InvalidInputException e) {
            assertEquals("weekly_km", e.field());
            assertEquals(-1, e.value(), 0);
            assertEquals(0, e.min(), 0);
            assertEquals(1000, e.max(), 0);
        }
        try {
            Progression.checkWeekly(new double[] {40, 44}, new Progression.Params().maxIncreasePct(0));
            fail("a 0% limit is invalid");
        } catch (InvalidInputException e) {
            assertEquals("max_increase_pct", e.field());
        }
    }

    @Test
    public void climbAndHardMinutesUseTheDistanceRule() {
        Progression.Params p = new Progression.Params();
        /* 330 after 300 is exactly +10%: within; 400 after 330 (+21.2%): over; next week 400 x 1.1 = 440 m */
        Progression.WeeklyCheck c = Progression.checkWeeklyClimb(new double[] {300, 330, 400}, new double[] {30, 30, 33}, p);
        assertArrayEquals(new boolean[] {false, false, true}, c.overLimit());
        assertEquals(10.0, c.changePct()[1], EPS);
        assertEquals(440.0, c.nextWeekMax(), EPS);
        assertEquals(3022, c.advice().get(0).code());
        /* a 0 m week followed by hills: over; without distances */
        c = Progression.checkWeeklyClimb(new double[] {0, 200, 220}, null);
        assertArrayEquals(new boolean[] {false, true, false}, c.overLimit());
        assertTrue(Double.isNaN(c.changePct()[1]));
        /* hard minutes: 66 after 60 exactly +10%; 20 after 0 over */
        c = Progression.checkWeeklyHard(new double[] {60, 66, 0, 20});
        assertArrayEquals(new boolean[] {false, false, false, true}, c.overLimit());
        assertEquals(3023, c.advice().get(0).code());
        try {
            Progression.checkWeeklyClimb(new double[] {500, 1200}, new double[] {10, 1}, p);
            fail("1200 m of climbing in 1 km is more than the distance");
        } catch (InvalidInputException e) {
            assertEquals("weekly_climb_m", e.field());
            assertEquals(1000, e.max(), 0);
            assertTrue(e.getMessage().contains("more than the distance itself"));
        }
        for (double bad : new double[] {-1, Double.NaN}) {
            try {
                Progression.checkWeeklyClimb(new double[] {100, bad}, null, p);
                fail("negative or NaN climbing is invalid");
            } catch (InvalidInputException e) {
                assertEquals("weekly_climb_m", e.field());
            }
            try {
                Progression.checkWeeklyHard(new double[] {100, bad}, p);
                fail("negative or NaN minutes are invalid");
            } catch (InvalidInputException e) {
                assertEquals("weekly_hard_min", e.field());
            }
        }
    }

    @Test
    public void planHoldsIntensityWhileDistanceRises() {
        /* 30 -> 50 km: weeks 33, 36.3, 39.9, 29.9 (cutback), 43.8, 48.1, 50: every week but the cutback rises */
        Progression.Plan plan = Progression.plan(30, 50);
        boolean[] want = {true, true, true, false, true, true, true};
        for (int i = 0; i < want.length; i++)
            assertEquals(want[i], plan.weeks().get(i).holdIntensity());
        assertEquals(3024, plan.advice().get(plan.advice().size() - 1).code());
    }

    @Test
    public void scalars() {
        assertEquals(44.0, Progression.nextWeekMax(40, 10), EPS);
        assertEquals(270.0, Progression.sessionLoad(45, 6), EPS);
        try {
            Progression.sessionLoad(45, 11);
            fail("effort above 10 is invalid");
        } catch (InvalidInputException e) {
            assertEquals("rpe", e.field());
        }
    }

    @Test
    public void weeklyTotalsEndOnTheLastDay() {
        /* 10 days 1..10: the 3 oldest are a partial week, left out; the week is days 4..10 = 49 */
        double[] daily = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertArrayEquals(new double[] {49}, Progression.weeklyTotals(daily), EPS);
        assertEquals(0, Progression.weeklyTotals(new double[] {5, 5}).length);
    }

    @Test
    public void spikes() {
        /* run 1: 12 over 10 = +20% (over_10); run 2: 20 over max(10, 12) = +66.7% (over_30);
         * the next run (day 15) may be 1.10 x 20 = 22 km */
        Progression.SpikeCheck s = Progression.spikes(new double[] {0, 7, 14}, new double[] {10, 12, 20}, 15);
        double[] pct = s.spikePct();
        assertTrue(Double.isNaN(pct[0]));
        assertEquals(20.0, pct[1], EPS);
        assertEquals((20.0 / 12 - 1) * 100, pct[2], EPS);
        assertArrayEquals(new Progression.SpikeBand[] {Progression.SpikeBand.NO_REFERENCE,
                Progression.SpikeBand.OVER_10, Progression.SpikeBand.OVER_30}, s.bands());
        assertEquals(20.0, s.longest30dKm(), EPS);
        assertEquals(22.0, s.nextRunMaxKm(), EPS);
        assertEquals(Progression.SpikeBand.OVER_100, Progression.SpikeBand.of(150));
        assertEquals("over_10", Progression.SpikeBand.OVER_10.word());
    }

    @Test
    public void acwrMatchesAPlainEwma() {
        /* lambda = 2/(N+1), zero start, coupled: A_t = la x_t + (1 - la) A_(t-1) */
        double[] load = new double[60];
        for (int d = 0; d < load.length; d++)
            load[d] = d % 3 == 0 ? 0 : 5 + d % 7;
        double la = 2.0 / (7 + 1), lc = 2.0 / (28 + 1), a = 0, c = 0;
        double[] acute = new double[60], chronic = new double[60], ratio = new double[60];
        Progression.Acwr r = Progression.acwrSeries(load, new Progression.Params(), acute, chronic, ratio);
        for (int d = 0; d < load.length; d++) {
            a = la * load[d] + (1 - la) * a;
            c = lc * load[d] + (1 - lc) * c;
            assertEquals(a, acute[d], 1e-9);
            assertEquals(c, chronic[d], 1e-9);
            assertEquals(a / c, ratio[d], 1e-9);
        }
        assertEquals(a / c, r.ratio(), 1e-9);
        assertEquals(Progression.AcwrBand.of(a / c), r.band());
        /* settled once (1 - lc)^60 <= 0.1: 0.931^60 = 0.014 */
        assertTrue(r.settled());
        assertEquals(60, r.days());
        assertEquals(la, Progression.Decay.TWO_OVER_N_PLUS_1.lambda(7), 1e-15);
        /* seed first with a constant load: ratio exactly 1 */
        double[] flat = new double[10];
        java.util.Arrays.fill(flat, 8);
        Progression.Acwr f = Progression.acwr(flat, new Progression.Params().seed(Progression.Seed.FIRST));
        assertEquals(1.0, f.ratio(), 1e-12);
        assertEquals(Progression.AcwrBand.MODERATE, f.band());
    }

    @Test
    public void planWithCutbackWeeks() {
        /* from 20 to 30 km at 10%: 22, 24.2, 26.62 (shown 26.6), cutback 26.62 x 0.75 = 19.965
         * (19.9), 26.62 x 1.1 = 29.282 (29.2), then the target 30 */
        Progression.Plan p = Progression.plan(20, 30);
        double[] expected = {22.0, 24.2, 26.6, 19.9, 29.2, 30.0};
        assertEquals(expected.length, p.weeks().size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(i + 1, p.weeks().get(i).week());
            assertEquals(expected[i], p.weeks().get(i).km(), 1e-9);
            assertEquals(i == 3, p.weeks().get(i).cutback());
        }
        assertEquals(6, p.reachedWeek());
        assertEquals(3, Progression.plan(new Progression.PlanParams(20, 30).weeks(3)).weeks().size());
        assertEquals(0, Progression.plan(new Progression.PlanParams(20, 30).weeks(3)).reachedWeek());
    }

    /* The gate's answers are checked by the library's table: range 0-200 a side, -1 ("unknown" in the
     * C API) refused here, both sides or neither; the field names the side. */
    @Test
    public void gateAnswersFromTheTable() {
        int[][] bad = {{-1, 25}, {25, 201}, {201, 25}, {25, -1}, {Integer.MIN_VALUE, 25}, {25, Integer.MAX_VALUE}};
        String[] field = {"heel_raises_left", "heel_raises_right", "heel_raises_left", "heel_raises_right",
                          "heel_raises_left", "heel_raises_right"};
        for (int i = 0; i < bad.length; i++) {
            Progression.GateAnswers a = new Progression.GateAnswers();
            try {
                a.heelRaises(bad[i][0], bad[i][1]);
                fail("accepted " + bad[i][0] + "," + bad[i][1]);
            } catch (InvalidInputException e) {
                assertEquals(field[i], e.field());
            }
            /* neither side was set: the item is still unknown */
            assertEquals(Progression.GateOutcome.UNKNOWN, Progression.rtrGate(a)[1]);
        }
        try {
            new Progression.GateAnswers().heelRaises(25, 201);
            fail();
        } catch (InvalidInputException e) {
            assertEquals("heel_raises_right: 201 is outside the accepted range; accepted: whole numbers from 0 to 200 "
                    + "raises (or -1 for unknown)", e.getMessage());
            assertEquals(0, e.min(), 0);
            assertEquals(200, e.max(), 0);
        }
        try {
            Progression.rtrGate(null, -1, 25, null);
            fail();
        } catch (InvalidInputException e) {
            assertEquals("heel_raises_left", e.field());
            assertEquals("heel_raises_left: -1 is outside the accepted range; accepted: 0 to 200 raises (leave it out "
                    + "when unknown)", e.getMessage());
        }
        /* one side given, short of 25: failed whatever the other side */
        assertEquals(Progression.GateOutcome.FAILED, Progression.rtrGate(null, 24, null, null)[1]);
        assertEquals(Progression.GateOutcome.UNKNOWN, Progression.rtrGate(null, 25, null, null)[1]);
    }

    @Test
    public void returnToRun() {
        Progression.ReturnToRun r = Progression.returnToRun();
        assertEquals(3, r.gate().size());
        assertEquals(6, r.stages().size());
        assertEquals(25, r.heelRaises());
        /* stage 1: 4 x (4.5 min walk + 0.5 min run) = 20 min */
        Progression.Stage s1 = r.stages().get(0);
        assertEquals(4.5, s1.walkMin(), EPS);
        assertEquals(0.5, s1.runMin(), EPS);
        assertEquals(4, s1.repeats());
        assertEquals(20.0, s1.totalMin(), EPS);
        Progression.GateOutcome[] ok = Progression.rtrGate(true, 25, 25, true);
        for (Progression.GateOutcome o : ok)
            assertEquals(Progression.GateOutcome.PASSED, o);
        /* 30 vs 26: 4/30 = 13.3% > 10%: heel raises fail; hop not answered */
        Progression.GateOutcome[] g = Progression.rtrGate(true, 30, 26, null);
        assertArrayEquals(new Progression.GateOutcome[] {Progression.GateOutcome.PASSED, Progression.GateOutcome.FAILED,
                Progression.GateOutcome.UNKNOWN, Progression.GateOutcome.FAILED}, g);
        /* the builder: answers left out stay unknown */
        Progression.GateOutcome[] u = Progression.rtrGate(new Progression.GateAnswers().walkPainFree(true).hopPainFree(true));
        assertArrayEquals(new Progression.GateOutcome[] {Progression.GateOutcome.PASSED, Progression.GateOutcome.UNKNOWN,
                Progression.GateOutcome.PASSED, Progression.GateOutcome.UNKNOWN}, u);
        assertEquals(Progression.GateOutcome.PASSED,
                Progression.rtrGate(new Progression.GateAnswers().heelRaises(200, 200))[1]);
        /* 0 and 200 are counts: 100% apart, failed */
        assertEquals(Progression.GateOutcome.FAILED, Progression.rtrGate(new Progression.GateAnswers().heelRaises(0, 200))[1]);
        assertArrayEquals(new int[] {1, 1}, Progression.rtrAdvance(1, 0, true));
        assertArrayEquals(new int[] {2, 0}, Progression.rtrAdvance(1, 1, true));
        assertArrayEquals(new int[] {2, 0}, Progression.rtrAdvance(3, 1, false));
        assertArrayEquals(new int[] {1, 0}, Progression.rtrAdvance(1, 0, false));
    }

    private static double[] cohort(int runners, int days) {
        double[] daily = new double[runners * days];
        for (int r = 0; r < runners; r++)
            for (int d = 0; d < days; d++)
                daily[r * days + d] = d % 2 == 0 ? 5 + r + (d >= 21 ? 3 * r : 0) : 0;
        return daily;
    }

    @Test
    public void batchByHand() {
        /* runner r runs 5 + r km on even days, 5 + 4r from day 21. Last week = days 21..27: runs on
         * 22, 24, 26; the week before (14..20): 14, 16, 18, 20. */
        int runners = 3, days = 28;
        Progression.Batch b = Progression.batch(cohort(runners, days), runners, days, new Progression.Params());
        assertEquals(runners, b.runners());
        assertEquals(12, Progression.BATCH_COLUMNS);
        assertEquals(15.0, b.get(0, Progression.BatchColumn.LAST_WEEK_KM), EPS);
        assertEquals(-25.0, b.get(0, Progression.BatchColumn.CHANGE_PCT), EPS);      /* 15 vs 20 */
        assertEquals(27.0, b.get(1, Progression.BatchColumn.LAST_WEEK_KM), EPS);     /* 3 x 9 */
        assertEquals(12.5, b.get(1, Progression.BatchColumn.CHANGE_PCT), EPS);       /* 27 vs 24 */
        assertEquals(39.0 / 28 * 100 - 100, b.get(2, Progression.BatchColumn.CHANGE_PCT), EPS);
        assertEquals(42.9, b.get(2, Progression.BatchColumn.NEXT_WEEK_MAX_KM), EPS); /* 39 x 1.1 */
        assertEquals(70.0, b.get(0, Progression.BatchColumn.TOTAL_KM), EPS);         /* 14 runs x 5 */
        assertEquals(13.0, b.get(2, Progression.BatchColumn.LONGEST_30D_KM), EPS);
        assertArrayEquals(new double[] {5, 9, 13}, b.column(Progression.BatchColumn.LONGEST_30D_KM), EPS);
    }

    @Test
    public void batchEqualsTheSingleRunnerFunctions() {
        int runners = 4, days = 45;
        double[] daily = cohort(runners, days);
        Progression.Params p = new Progression.Params();
        double[] results = new double[runners * Progression.BATCH_COLUMNS];
        Progression.batch(daily, runners, days, p, results);
        double[] ratios = new double[runners * days];
        Progression.batchAcwr(daily, runners, days, p, ratios);
        for (int r = 0; r < runners; r++) {
            double[] row = java.util.Arrays.copyOfRange(daily, r * days, (r + 1) * days);
            Progression.Acwr a = Progression.acwr(row, p);
            assertEquals(a.acute(), results[r * 12 + Progression.BatchColumn.ACUTE.index()], 1e-12);
            assertEquals(a.ratio(), results[r * 12 + Progression.BatchColumn.ACWR.index()], 1e-12);
            assertEquals(a.ratio(), ratios[r * days + days - 1], 1e-12);
            double[] weeks = Progression.weeklyTotals(row);
            Progression.WeeklyCheck w = Progression.checkWeekly(weeks, p);
            assertEquals(w.overLimitCount(), results[r * 12 + Progression.BatchColumn.WEEKS_OVER_LIMIT.index()], 0);
            assertEquals(w.nextWeekMax(), results[r * 12 + Progression.BatchColumn.NEXT_WEEK_MAX_KM.index()], 1e-12);
        }
    }

    @Test
    public void batchResultTooShort() {
        try {
            Progression.batch(cohort(2, 10), 2, 10, new Progression.Params(), new double[12]);
            fail("room for one runner only");
        } catch (BufferTooSmallException e) {
            assertEquals("results", e.field());
        }
        try {
            Progression.batch(cohort(2, 10), 3, 10, new Progression.Params());
            fail("20 values are not 3 x 10");
        } catch (CalfcareException e) {
            assertEquals("daily_km", e.field());
        }
    }

    private static java.nio.file.Path fixture(String name) {
        String top = System.getenv("top_srcdir");
        return java.nio.file.Paths.get(top != null ? top : ".", "tests", "data", "progression", name);
    }

    @Test
    public void readsAGarminLogLikeTheCli() throws java.io.IOException {
        // Danish Garmin export, newest first: weeks ending 2026-03-29 of 6+8+10 = 24, 6.5+8+12 = 26.5
        // and 7+8.5+16+5 = 36.5 km; 26.5/24 = +10.4% and 36.5/26.5 = +37.7% are over the 10% limit
        TrainingLog log = Progression.readLog(fixture("garmin_da.csv"), "UTC", "km");
        assertEquals("garmin", log.format);
        assertEquals(10, log.runCount());
        assertEquals(3, log.nonRuns());
        LogReport r = Progression.checkLog(log, java.time.LocalDate.of(2026, 3, 29));
        assertEquals(3, r.weeks.size());
        assertEquals(24.0, r.weeks.get(0).km, 0);
        assertEquals(36.5, r.weeks.get(2).km, 0);
        assertTrue(r.weeks.get(1).overLimit && r.weeks.get(2).overLimit);
        assertEquals(17.6, r.nextRunMaxKm, 1e-9); // 1.10 x 16 km
        assertEquals(capi.CALFCARE_PROGRESSION_R_WEEKLY_OVER_LIMIT, r.advice.get(0).code);
        assertEquals("weekly_over_limit", r.advice.get(0).name); /* code int, name word, as in every area */
        assertEquals(Reason.of(r.advice.get(0).code).strength(), r.advice.get(0).strength);
        assertEquals(java.time.LocalDate.of(2026, 3, 29), r.advice.get(0).date);
        assertEquals(2, r.advice.get(0).count);
    }

    @Test
    public void logErrorsNameTheLine() throws java.io.IOException {
        try {
            Progression.readLog(fixture("garmin_en.csv"), "UTC", null);
            fail("a Garmin file needs its units");
        } catch (InvalidInputException e) {
            assertEquals("units", e.field());
            assertTrue(e.getMessage(), e.getMessage().contains("garmin_en.csv:1: units: this looks like a Garmin Connect export"));
        }
        TrainingLog log = Progression.readLog(fixture("garmin_en.csv"), "UTC", "km");
        try {
            Progression.checkLog(log, java.time.LocalDate.of(2026, 3, 28));
            fail("a run after until");
        } catch (InvalidInputException e) {
            assertEquals("day", e.field());
            assertTrue(e.getMessage(), e.getMessage().contains("2026-03-29 is after the until date 2026-03-28 (line 2)"));
        }
        try {
            Progression.readLog(fixture("strava_us.csv"), "Mars/Olympus_Mons", null);
            fail("an unknown zone");
        } catch (InvalidInputException e) {
            assertEquals("tz", e.field());
        }
    }

    /** The builders set each member through the library's tables: ranges checked when set. */
    @Test
    public void buildersCheckThroughTheTables() {
        try {
            new Progression.PlanParams(30, 40).cutbackEvery(7);
            fail("a cutback every 7th week is outside 2-6");
        } catch (InvalidInputException e) {
            assertEquals("cutback_every", e.field());
            assertEquals(2, e.min(), 0);
            assertEquals(6, e.max(), 0);
        }
        try {
            new Progression.PlanParams(0.5, 40);
            fail("0.5 km is under the plan's 1 km");
        } catch (InvalidInputException e) {
            assertEquals("current_km", e.field());
        }
        try {
            new Progression.Params().acuteDays(365);
            fail("an acute window of 365 days is outside 1-364");
        } catch (InvalidInputException e) {
            assertEquals("acute_days", e.field());
            assertEquals(capi.calfcare_params_field_at(capi.CALFCARE_PARAMS_TABLE_PROGRESSION, 1).getMax(), e.max(), 0);
        }
        /* weeks 0 is the C API's "until the target", accepted by the builder as documented */
        assertTrue(Progression.plan(new Progression.PlanParams(30, 40).weeks(0)).weeks().size() > 0);
    }
}
