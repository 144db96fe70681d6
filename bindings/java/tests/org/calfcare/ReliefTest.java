package org.calfcare;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.calfcare.capi.calfcare_params_field;
import org.calfcare.capi.calfcare_relief_params;
import org.calfcare.capi.capi;
import org.junit.Test;

/** Protocols, refusals and the timer on a simulated clock (durations from docs/relief.md). */
public class ReliefTest {
    private static Relief.Schedule stretchOneRep() {
        return Relief.build(Relief.Protocol.STRETCH, new Relief.Params().reps(1));
    }

    @Test
    public void stretchSchedule() {
        /* knee straight then bent, left then right, each a 5 s get-ready + a 30 s hold: 8 steps, 140 s */
        Relief.Schedule s = stretchOneRep();
        assertEquals(Relief.Protocol.STRETCH, s.protocol());
        assertEquals(8, s.steps().size());
        assertEquals(140_000, s.totalMs());
        Relief.Step first = s.steps().get(0), hold = s.steps().get(1);
        assertEquals(Relief.StepKind.GET_READY, first.kind());
        assertEquals(Relief.Side.LEFT, first.side());
        assertEquals(5_000, first.durationMs());
        assertEquals(Relief.StepKind.STRETCH_STRAIGHT, hold.kind());
        assertEquals(5_000, hold.startMs());
        assertEquals(30_000, hold.durationMs());
        assertEquals(CareKind.STRETCH, hold.care());
        assertTrue(hold.halfway());
        assertTrue(hold.countdown());
        assertEquals(Relief.StepKind.STRETCH_BENT, s.steps().get(5).kind()); /* 4 is its get-ready */
        assertEquals(Relief.Side.RIGHT, s.steps().get(2).side());
        assertTrue(s.steps().get(2).switchSide());
        long start = 0;
        for (Relief.Step step : s.steps()) {
            assertEquals(start, step.startMs());
            start += step.durationMs();
        }
        assertEquals("stretch", s.protocol().word());
        assertFalse(s.protocol().isRoutine());
        assertTrue(Relief.Protocol.fromWord("strength").isRoutine());
    }

    @Test
    public void intermittentIce() {
        /* rest 60 s, compress 60 s, then ice 10 min, ice off 10 min, ice 10 min (Bleakley 2006) */
        Relief.Schedule s = Relief.build(Relief.Protocol.RICE, new Relief.Params().iceRounds(2));
        assertEquals(5, s.steps().size());
        assertEquals(Relief.StepKind.ICE, s.steps().get(2).kind());
        assertEquals(Relief.StepKind.ICE_BREAK, s.steps().get(3).kind());
        assertEquals("ice_break", s.steps().get(3).kind().word());
        assertEquals(720_000, s.steps().get(3).startMs());
        assertEquals(1_920_000, s.totalMs());
    }

    @Test
    public void outOfRangeParameterIsRefused() {
        try {
            Relief.build(Relief.Protocol.STRETCH, new Relief.Params().holdS(40));
            fail("a 40 s hold is outside 20-30 s");
        } catch (InvalidInputException e) {
            assertEquals("hold_s", e.field());
            assertEquals(40, e.value(), 0);
            assertEquals(20, e.min(), 0);
            assertEquals(30, e.max(), 0);
        }
    }

    @Test
    public void blockedStepIsRefusedWithTheFlag() {
        Blocked b = Blocked.none().with(CareKind.FOAM_ROLL, RedFlag.DVT);
        try {
            Relief.build(Relief.Protocol.ROLL, new Relief.Params(), b);
            fail("rolling is blocked by a DVT sign");
        } catch (BlockedException e) {
            assertEquals(CareKind.FOAM_ROLL, e.careKind());
            assertEquals(RedFlag.DVT, e.redFlag());
            assertEquals(-4, e.status());
        }
        /* ice is not blocked by it */
        assertEquals(Relief.Protocol.RICE, Relief.build(Relief.Protocol.RICE, new Relief.Params(), b).protocol());
    }

    @Test
    public void blockedFromADiagnosis() {
        Diagnosis d = Calfcare.diagnose(Inputs.diagnosis().set("sudden_pop", true).set("weak_push_off", true)
                .set("thompson_positive", true));
        try {
            Relief.build(Relief.Protocol.STRETCH, new Relief.Params(), d);
            fail("stretching with an Achilles rupture picture must be refused");
        } catch (RefusedException e) {
            assertTrue(e instanceof BlockedException);
            assertEquals(CareKind.STRETCH, ((BlockedException) e).careKind());
            assertEquals(RedFlag.ACHILLES_RUPTURE, ((BlockedException) e).redFlag());
        }
    }

    @Test
    public void iceTooSoonIsRefused() {
        try {
            Relief.build(Relief.Protocol.RICE, new Relief.Params().lastIceEndedMinAgo(30));
            fail("ice 30 min after the last application is too soon (60 min gap)");
        } catch (TooSoonException e) {
            assertEquals("last_ice_ended_min_ago", e.field());
            assertEquals(30, e.value(), 0);
            assertEquals(60, e.min(), 0);
        }
        Relief.Schedule rice = Relief.build(Relief.Protocol.RICE, new Relief.Params().lastIceEndedMinAgo(60));
        /* rest 60 s, compression 60 s, ice 15 min */
        assertEquals(3, rice.steps().size());
        assertEquals((60 + 60 + 15 * 60) * 1000L, rice.totalMs());
        assertEquals(Relief.StepKind.ICE, rice.steps().get(2).kind());
    }

    @Test
    public void timerReportsEveryEventOnce() {
        /* per get-ready (5 s): start, countdown x3, done = 5; per hold (30 s): start, halfway,
         * countdown x3, done = 6; side switches at steps 2, 4, 6 = 3; session done = 1:
         * 4 x 5 + 4 x 6 + 3 + 1 = 48 events */
        Timer t = new Timer(stretchOneRep());
        assertEquals(Timer.State.READY, t.state());
        long now = 1_000;
        t.start(now);
        List<Timer.Event> all = new ArrayList<>();
        while (t.state() != Timer.State.DONE && now < 1_000 + 200_000) {
            all.addAll(t.update(now));
            now += 100;
        }
        assertEquals(48, all.size());
        assertEquals(Timer.Event.Type.STEP_START, all.get(0).type());
        assertEquals(1_000, all.get(0).dueMs());
        assertEquals(Timer.Event.Type.SESSION_DONE, all.get(all.size() - 1).type());
        /* the session ends 140 s after the start, at the first tick at or after it */
        assertEquals(141_000, all.get(all.size() - 1).dueMs());
        int halfway = 0, countdown = 0, switches = 0;
        for (Timer.Event e : all) {
            if (e.type() == Timer.Event.Type.HALFWAY) {
                halfway++;
                assertFalse(e.kind() == Relief.StepKind.GET_READY); /* holds only */
            }
            if (e.type() == Timer.Event.Type.COUNTDOWN)
                countdown++;
            if (e.type() == Timer.Event.Type.SWITCH_SIDE)
                switches++;
            assertFalse(e.late());
        }
        assertEquals(4, halfway);
        assertEquals(24, countdown);
        assertEquals(3, switches);
        assertNull(t.poll(now));
    }

    @Test
    public void jumpReportsMissedEventsLate() {
        Timer t = new Timer(stretchOneRep());
        t.start(0);
        t.update(0);
        List<Timer.Event> ev = t.update(20_000); /* get-ready done at 5 s, halfway of the hold at 20 s */
        assertEquals(Timer.Event.Type.COUNTDOWN, ev.get(0).type());
        assertEquals(3, ev.get(0).secondsLeft());
        assertEquals(2_000, ev.get(0).dueMs());
        assertTrue(ev.get(0).late()); /* reported 18 s after due */
        Timer.Event last = ev.get(ev.size() - 1);
        assertEquals(Timer.Event.Type.HALFWAY, last.type());
        assertEquals(20_000, last.dueMs());
        assertFalse(last.late());
        Timer.Status st = t.status(20_000);
        assertEquals(1, st.step());
        assertEquals(15_000, st.stepElapsedMs());
        assertEquals(15_000, st.stepRemainingMs());
        assertEquals(0.5, st.stepProgress(), 1e-12);
        assertEquals(20_000, st.sessionElapsedMs());
        assertEquals(140_000, st.sessionTotalMs());
        assertEquals(12_000, st.nextEventInMs()); /* the hold ends at 5 + 30 = 35 s: countdown "3" at 32 s */
    }

    @Test
    public void pauseSkipAndClock() {
        AtomicLong clock = new AtomicLong(10_000);
        Timer t = new Timer(stretchOneRep(), clock::get);
        t.start();
        t.update();
        t.pause();
        clock.addAndGet(60_000);
        assertTrue(t.update().isEmpty());
        assertEquals(Timer.NEVER, t.status().nextEventInMs());
        t.resume();
        t.skip();
        List<Timer.Event> ev = t.update();
        assertEquals(Timer.Event.Type.STEP_DONE, ev.get(0).type());
        assertTrue(ev.get(0).skipped());
        assertEquals(Timer.Event.Type.STEP_START, ev.get(1).type());
        assertEquals(1, ev.get(1).step());
        try {
            new Timer(stretchOneRep()).start();
            fail("no clock given");
        } catch (IllegalStateException expected) {
            assertNotNull(expected.getMessage());
        }
    }

    @Test
    public void saveAndRestore() {
        Timer t = new Timer(stretchOneRep());
        t.start(0);
        t.update(12_000);
        byte[] blob = t.save();
        assertEquals(68 + 8 * 8, blob.length); /* 68 bytes of state + 8 per step; this stretch has 8 steps */
        Timer back = Timer.restore(blob);
        assertEquals(t.status(12_000).sessionElapsedMs(), back.status(12_000).sessionElapsedMs());
        assertEquals(t.update(40_000).size(), back.update(40_000).size());
        byte[] bad = blob.clone();
        bad[bad.length / 2] ^= 0x55;
        try {
            Timer.restore(bad);
            fail("a corrupt state must be refused");
        } catch (StateException expected) {
            assertEquals(-6, expected.status());
        }
        try {
            Timer.restore(new byte[10]);
            fail("a short state must be refused");
        } catch (StateException expected) {
            assertEquals("CALFCARE_E_STATE", expected.statusName());
        }
    }
    @Test
    public void rollWithTheMassageBall() {
        /* the foam roller's dose on the ball: 3 sets x left, right x 60 s = 6 steps, 360 s */
        Relief.Schedule s = Relief.build(Relief.Protocol.ROLL, new Relief.Params().tool("ball"));
        assertEquals(6, s.steps().size());
        assertEquals(360_000, s.totalMs());
        for (Relief.Step step : s.steps()) {
            assertEquals(Relief.StepKind.MASSAGE_BALL, step.kind());
            assertEquals(60_000, step.durationMs());
            assertEquals(CareKind.FOAM_ROLL, step.care());
            assertEquals("massage_ball", step.cue().name());
            assertEquals(2018, step.cue().code());
        }
        assertEquals("massage_ball", Relief.StepKind.MASSAGE_BALL.word());
        assertEquals(Relief.StepKind.FOAM_ROLL,
                     Relief.build(Relief.Protocol.ROLL, new Relief.Params().tool("roller")).steps().get(0).kind());
        try {
            new Relief.Params().tool("stick");
            fail("an unknown tool was accepted");
        } catch (InvalidInputException e) {
            assertEquals("tool", e.field());
            assertEquals("tool: unknown word 'stick'; accepted: roller|ball", e.getMessage());
        }
        /* the library's rule: the ball only where something rolls (roll, full) */
        try {
            Relief.build(Relief.Protocol.RICE, new Relief.Params().tool("ball"));
            fail("the ball with rice was accepted");
        } catch (InvalidInputException e) {
            assertEquals("tool", e.field());
            assertEquals("tool: ball and 'rice' conflict: tool applies to the protocols that roll (roll, full)",
                         e.getMessage());
        }
    }

    /** The builders set each member through the library's table: its range, checked at once. */
    @Test
    public void buildersCheckThroughTheTable() {
        int table = capi.CALFCARE_PARAMS_TABLE_RELIEF;
        for (int id = 0; id < (int) capi.calfcare_params_field_count(table); id++) {
            calfcare_params_field f = capi.calfcare_params_field_at(table, id);
            Relief.Params p = new Relief.Params();
            if (f.getType() == capi.CALFCARE_PARAMS_TYPE_CHOICE)
                continue;
            try {
                switch (f.getName()) {
                case "ice_min": p.iceMin(f.getMax() + 0.5); break;
                case "hold_s": p.holdS(f.getMax() + 0.5); break;
                case "reps": p.reps((int) f.getMax() + 1); break;
                case "roll_s": p.rollS(f.getMax() + 0.5); break;
                case "sets": p.sets((int) f.getMax() + 1); break;
                case "week": p.week((int) f.getMax() + 1); break;
                case "last_ice_ended_min_ago": p.lastIceEndedMinAgo(f.getMax() + 0.5); break;
                case "ice_rounds": p.iceRounds((int) f.getMax() + 1); break;
                default: fail("no builder for the table's row " + f.getName());
                }
                fail(f.getName() + " above its maximum was accepted");
            } catch (InvalidInputException e) {
                assertEquals(f.getName(), e.field());
                assertEquals(f.getMin(), e.min(), 0);
                assertEquals(f.getMax(), e.max(), 0);
            }
        }
        /* the defaults of a new Params are the table's */
        calfcare_relief_params raw = new Relief.Params().raw;
        assertEquals(15, raw.getIce_min(), 0);
        assertEquals(3, raw.getReps());
        assertEquals(capi.calfcare_params_field_at(table, 2).getDefault_value(), raw.getReps(), 0);
    }
}
