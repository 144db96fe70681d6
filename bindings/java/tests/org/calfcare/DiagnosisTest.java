package org.calfcare;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/** Expected values worked out by hand from the rule tables of docs/diagnosis.md. */
public class DiagnosisTest {
    private static List<String> names(List<Reason> reasons) {
        List<String> n = new ArrayList<>();
        for (Reason r : reasons)
            n.add(r.name());
        return n;
    }

    @Test
    public void formAndOvertrainingRanked() {
        /* 48 > 35 x 1.10 (1001, 0.30) and > 35 x 1.30 (1002, 0.20): overtraining 0.50.
         * overstride (1020, 0.35) + cadence 162 < 170 (1021, 0.20): running form 0.55.
         * warm-up never (1010, 0.35). The two causes without evidence follow in Cause order. */
        Diagnosis d = Calfcare.diagnose(Inputs.diagnosis()
                .set("weekly_km", 30, 32, 35, 48).set("cadence", 162).set("overstride", true).set("warmup", "never"));
        assertEquals(Triage.SELF_CARE, d.triage());
        assertNull(d.triageFlag());
        assertEquals(5, d.causes().size());
        assertEquals(Cause.RUNNING_FORM, d.topCause().cause());
        assertEquals(0.55, d.causes().get(0).score(), 1e-12);
        assertEquals(Arrays.asList("overstriding", "cadence_low"), names(d.causes().get(0).reasons()));
        assertEquals(Cause.OVERTRAINING, d.causes().get(1).cause());
        assertEquals(0.50, d.causes().get(1).score(), 1e-12);
        assertEquals(Cause.WARMUP_STRETCHING, d.causes().get(2).cause());
        assertEquals(0.35, d.causes().get(2).score(), 1e-12);
        assertEquals(Cause.CALF_STRENGTH_FLEXIBILITY, d.causes().get(3).cause());
        assertEquals(Cause.SHOES, d.causes().get(4).cause());
        assertEquals(0.0, d.causes().get(4).score(), 0);
        assertTrue(d.redFlags().isEmpty());
        assertFalse(d.wellsScore().isPresent());
        assertEquals("not_assessed", d.wellsBand());
        assertTrue(d.blocked().isEmpty());
        /* next week's cap: 48 km + 10% = 52.8 km (advice 1220) */
        boolean found = false;
        for (Diagnosis.Advice a : d.advice())
            if (a.code() == 1220) {
                assertEquals(52.8, a.value().getAsDouble(), 1e-9);
                assertTrue(a.text(), a.text().contains("52.8"));
                found = true;
            }
        assertTrue("next-week cap advice", found);
        assertEquals("running_form", d.topCause().cause().word());
    }

    @Test
    public void dvtSignsAreUrgentAndBlockSoftTissueCare() {
        /* Wells: whole leg swollen +1, deep-vein tenderness +1, swelling 4 cm > 3 cm +1 = 3 (>= 2: urgent) */
        Map<String, Object> m = new HashMap<>();
        m.put("whole_leg_swollen", true);
        m.put("deep_vein_tenderness", true);
        m.put("calf_swelling_cm", 4.0);
        Diagnosis d = Calfcare.diagnose(m);
        assertEquals(Triage.URGENT, d.triage());
        assertEquals(RedFlag.DVT, d.triageFlag());
        assertEquals(3, d.wellsScore().getAsInt());
        assertEquals(RedFlag.DVT, d.redFlags().get(0).flag());
        assertEquals(Triage.URGENT, d.redFlags().get(0).triage());
        assertTrue(names(d.redFlags().get(0).reasons()).contains("wells_dvt_likely"));
        /* 3 or more: high pretest probability (Wells 1997), the last reason of the flag */
        assertEquals("high", d.wellsBand());
        assertTrue(names(d.redFlags().get(0).reasons()).contains("wells_high"));
        /* the safety gate's dvt row: massage, rolling, stretching, running and a bandage */
        assertEquals(EnumSet.of(CareKind.MASSAGE, CareKind.FOAM_ROLL, CareKind.STRETCH, CareKind.RUNNING,
                                CareKind.COMPRESSION), d.blocked().kinds());
        assertEquals(RedFlag.DVT, d.blocked().flagFor(CareKind.STRETCH));
        assertEquals(RedFlag.DVT, d.blocked().flagFor(CareKind.RUNNING));
        assertFalse(d.blocked().isBlocked(CareKind.ICE));
        assertEquals(1200, d.advice().get(0).code()); /* see a clinician today, first */
        assertEquals("see_clinician_today", d.advice().get(0).name()); /* code int, name word */
        assertEquals(Reason.of(1200).source(), d.advice().get(0).source());
        /* urgent: the referral, what is blocked, first aid 'rest' (1242), nothing else */
        assertEquals(3, d.advice().size());
        assertEquals(1242, d.advice().get(2).code());
    }

    @Test
    public void strictTruthValuesAndOneSpellingPerField() {
        Object[] notTruth = {"no", Double.NaN, 0, 1, java.util.Arrays.asList(true)};
        for (Object v : notTruth) {
            Map<String, Object> m = new HashMap<>();
            m.put("fever", v);
            try {
                Calfcare.diagnose(m);
                fail("fever=" + v + " was accepted");
            } catch (InvalidInputException e) {
                assertEquals("fever", e.field());
                assertTrue(e.getMessage(), e.getMessage().startsWith("fever: expected true, false or null"));
            }
        }
        Map<String, Object> twice = new java.util.LinkedHashMap<>();
        twice.put("deep_vein_tenderness", true);
        twice.put("deep-vein-tenderness", false);
        try {
            Calfcare.diagnose(twice);
            fail("two spellings were accepted");
        } catch (InvalidInputException e) {
            assertEquals("deep_vein_tenderness", e.field());
            assertEquals("deep_vein_tenderness: given twice, as 'deep_vein_tenderness' and 'deep-vein-tenderness'; "
                         + "give it once", e.getMessage());
        }
        Map<String, Object> set = new HashMap<>();
        set.put("weekly_km", new java.util.HashSet<>(java.util.Arrays.asList(30, 32)));
        try {
            Calfcare.diagnose(set);
            fail("a set was accepted");
        } catch (InvalidInputException e) {
            assertEquals("weekly_km", e.field());
        }
        /* the documented words of a yes/no choice stay accepted */
        Map<String, Object> ok = new HashMap<>();
        ok.put("overstride", "yes");
        ok.put("fever", false);
        assertEquals(Triage.SELF_CARE, Calfcare.diagnose(ok).triage());
    }

    @Test
    public void wellsKnownFromAnAnsweredNo() {
        /* an answered "no" makes the score known: 0 */
        Diagnosis d = Calfcare.diagnose(Inputs.diagnosis().set("previous_dvt", false));
        assertEquals(0, d.wellsScore().getAsInt());
        assertEquals("low", d.wellsBand());           /* 0 or less: low */
        assertEquals(Triage.SELF_CARE, d.triage());
    }

    @Test
    public void scoresAreSumsOfTheRuleWeights() {
        Diagnosis d = Calfcare.diagnose(Inputs.diagnosis().set("foot_strike", "forefoot").set("age", 45)
                .set("previous_calf_strain", "yes").set("stretch_after", "never"));
        for (Diagnosis.CauseScore c : d.causes()) {
            double sum = 0;
            for (Reason r : c.reasons())
                sum += org.calfcare.capi.capi.calfcare_diagnosis_reason_weight(r.code());
            assertEquals(c.cause().word(), Math.min(1, sum), c.score(), 1e-12);
        }
        /* 1034 (0.20) + 1035 (0.15) */
        for (Diagnosis.CauseScore c : d.causes())
            if (c.cause() == Cause.CALF_STRENGTH_FLEXIBILITY)
                assertEquals(0.35, c.score(), 1e-12);
    }

    @Test
    public void inputOfAnotherSchemaIsAStateError() {
        try {
            Calfcare.diagnose(Inputs.shoes());
            fail("a shoes input is not a diagnosis input");
        } catch (StateException e) {
            assertEquals("CALFCARE_E_STATE", e.statusName());
        }
    }
    /** The hills runner of tests/data/diagnosis/hills_runner.json (the CLI and Python tests compare
     *  against the same fixture): steady distance, climbing 250 -> 620 m, hard 20 -> 45 min. */
    @Test
    public void hillsRunnerAsTheCliAndPython() {
        Diagnosis d = Calfcare.diagnose(Inputs.diagnosis()
                .set("weekly_km", 40, 41, 40, 40).set("weekly_climb_m", 250, 260, 250, 620)
                .set("weekly_hard_min", 20, 20, 20, 45).set("hill_training_added", true));
        /* 0.25 (climbing over +10%) + 0.25 (hard minutes over +10%) + 0.15 (hills added) = 0.65 */
        assertEquals(Cause.OVERTRAINING, d.topCause().cause());
        assertEquals(0.65, d.topCause().score(), 1e-12);
        assertEquals(Arrays.asList("weekly_climb_over_limit", "weekly_hard_over_limit", "hill_training_added"),
                     names(d.topCause().reasons()));
        List<String> codes = new ArrayList<>();
        for (Diagnosis.Advice a : d.advice())
            codes.add(a.reason().name());
        assertEquals(Arrays.asList("relief_full", "next_week_cap", "next_week_climb_cap", "next_week_hard_cap",
                                   "one_increase_per_week"), codes);
        assertEquals(44.0, d.advice().get(1).value().getAsDouble(), 1e-9);  /* 40 x 1.10 */
        assertEquals(682.0, d.advice().get(2).value().getAsDouble(), 1e-9); /* 620 x 1.10 */
        assertEquals(49.5, d.advice().get(3).value().getAsDouble(), 1e-9);  /* 45 x 1.10 */
        assertFalse(d.advice().get(4).value().isPresent());
        assertEquals("Next week's climbing: at most 682 m (last week 620 m + 10%, the same limit as distance).",
                     d.advice().get(2).text());
    }

    @Test
    public void climbingMoreThanTheDistanceIsRefused() {
        try {
            Calfcare.diagnose(Inputs.diagnosis().set("weekly_km", 40, 5).set("weekly_climb_m", 300, 5000.5));
            fail("5000.5 m in a 5 km week was accepted");
        } catch (InvalidInputException e) {
            assertEquals("weekly_climb_m", e.field());
            assertEquals(5000.5, e.value(), 0);
            assertEquals(5000.0, e.max(), 0);
            assertTrue(e.getMessage(), e.getMessage().contains("accepted: 0 to 5000 m (1 km = 1000 m)"));
        }
        try {
            Inputs.diagnosis().set("weekly_climb_m", 300, -1);
            fail("negative climbing was accepted");
        } catch (InvalidInputException e) {
            assertEquals("weekly_climb_m", e.field());
        }
        try {
            Inputs.diagnosis().set("weekly_climb_m", Double.NaN);
            fail("NaN climbing was accepted");
        } catch (InvalidInputException e) {
            assertEquals("weekly_climb_m", e.field());
        }
        /* exactly the distance is accepted */
        Calfcare.diagnose(Inputs.diagnosis().set("weekly_km", 40, 5).set("weekly_climb_m", 300, 5000));
    }
}
