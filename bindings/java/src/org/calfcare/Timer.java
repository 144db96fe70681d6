package org.calfcare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.calfcare.capi.calfcare_relief_event;
import org.calfcare.capi.calfcare_relief_timer;
import org.calfcare.capi.calfcare_relief_timer_info;
import org.calfcare.capi.capi;

/**
 * The relief timer engine: runs a {@link Relief.Schedule} on the caller's clock. The engine has no
 * clock of its own and never sleeps: give it the time (a monotonic clock in milliseconds, such as
 * {@code SystemClock.elapsedRealtime()} on Android or {@code System.nanoTime() / 1000000}) and it
 * reports what fell due, in order: step start, switch side, halfway, countdown 3-2-1, step done,
 * session done. Times are taken modulo 2^32 ms, as a watch's clock wraps.
 *
 * <pre>{@code
 * Timer t = new Timer(schedule);
 * t.start(now());
 * while (t.state() != Timer.State.DONE) {           // e.g. every 100 ms
 *     for (Timer.Event e : t.update(now()))
 *         beepOrSpeak(e);
 *     // or sleep t.status(now()).nextEventInMs()
 * }
 * }</pre>
 *
 * Every method has a variant without the time that reads the clock given to the constructor.
 * A timer is not thread-safe; {@link #save()} / {@link #restore(byte[])} persist it across a
 * restart of the app (same library build and CPU).
 */
public final class Timer {
    /** Timer states. */
    public enum State {
        /** Initialised, not started. */ READY,
        /** Running. */ RUNNING,
        /** Paused. */ PAUSED,
        /** session_done has been reported. */ DONE;

        static State fromCode(int code) {
            int i = code - capi.CALFCARE_RELIEF_TIMER_READY;
            return i >= 0 && i < values().length ? values()[i] : null;
        }

        /** @return "ready", "running", "paused" or "done". */
        public String word() { return capi.calfcare_relief_timer_state_name(ordinal() + capi.CALFCARE_RELIEF_TIMER_READY); }
    }

    /** {@link Status#nextEventInMs()} when no event can come (not running, paused, done). */
    public static final long NEVER = capi.CALFCARE_RELIEF_NEVER;

    /** One timer event. */
    public static final class Event {
        /** Event types; within one step they come in this order. */
        public enum Type {
            /** A step starts. */ STEP_START,
            /** The step starting is on the other leg. */ SWITCH_SIDE,
            /** Half of the step's duration has passed. */ HALFWAY,
            /** 3, 2 and 1 s left ({@link Event#secondsLeft()}). */ COUNTDOWN,
            /** The step's deadline was reached, or it was skipped. */ STEP_DONE,
            /** The last step is done; reported once. */ SESSION_DONE;

            /** @return the snake_case word, e.g. "step_start". */
            public String word() { return capi.calfcare_relief_event_name(ordinal() + capi.CALFCARE_RELIEF_EV_STEP_START); }
        }

        private final Type type;
        private final int step;
        private final Relief.StepKind kind;
        private final Relief.Side side;
        private final Reason cue;
        private final long dueMs;
        private final long lateMs;
        private final boolean late;
        private final int secondsLeft;
        private final boolean skipped;

        Event(calfcare_relief_event e) {
            type = Type.values()[e.getType() - capi.CALFCARE_RELIEF_EV_STEP_START];
            step = (int) e.getStep();
            kind = Relief.StepKind.fromCode(e.getKind());
            side = Relief.Side.fromCode(e.getSide());
            cue = Reason.orNull(e.getCue());
            dueMs = e.getDue_ms();
            lateMs = e.getLate_ms();
            late = e.getLate() != 0;
            secondsLeft = (int) e.getSeconds_left();
            skipped = e.getSkipped() != 0;
        }

        /** @return the event type. */
        public Type type() { return type; }
        /** @return index of the step it belongs to (0-based). */
        public int step() { return step; }
        /** @return that step's kind. */
        public Relief.StepKind kind() { return kind; }
        /** @return that step's side (the new side for a switch). */
        public Relief.Side side() { return side; }
        /** @return that step's cue. */
        public Reason cue() { return cue; }
        /** @return when it was due on the caller's clock, ms (mod 2^32). */
        public long dueMs() { return dueMs; }
        /** @return how long after due it was reported, ms. */
        public long lateMs() { return lateMs; }
        /** @return true when reported over 1 s late (after a jump): apps may stay quiet. */
        public boolean late() { return late; }
        /** @return 3, 2 or 1 for a countdown, else 0. */
        public int secondsLeft() { return secondsLeft; }
        /** @return for step_done: the step was ended by {@link Timer#skip}. */
        public boolean skipped() { return skipped; }

        @Override public String toString() {
            return type.word() + " step=" + step + " " + (kind == null ? "" : kind.word()) + " " + (side == null ? "" : side.word())
                    + (type == Type.COUNTDOWN ? " " + secondsLeft + " s" : "") + " due=" + dueMs + (late ? " late" : "");
        }
    }

    /** Where the session is ({@link Timer#status(long)}). Durations in ms. */
    public static final class Status {
        private final State state;
        private final int step;
        private final int stepCount;
        private final long stepDurationMs;
        private final long stepElapsedMs;
        private final long stepRemainingMs;
        private final double stepProgress;
        private final long sessionElapsedMs;
        private final long sessionTotalMs;
        private final long sessionRemainingMs;
        private final double sessionProgress;
        private final long nextEventInMs;

        Status(calfcare_relief_timer_info i) {
            state = State.fromCode(i.getState());
            step = (int) i.getStep();
            stepCount = (int) i.getStep_count();
            stepDurationMs = i.getStep_duration_ms();
            stepElapsedMs = i.getStep_elapsed_ms();
            stepRemainingMs = i.getStep_remaining_ms();
            stepProgress = i.getStep_progress();
            sessionElapsedMs = i.getSession_elapsed_ms();
            sessionTotalMs = i.getSession_total_ms();
            sessionRemainingMs = i.getSession_remaining_ms();
            sessionProgress = i.getSession_progress();
            nextEventInMs = i.getNext_event_in_ms();
        }

        /** @return the state. */
        public State state() { return state; }
        /** @return current step index (== stepCount once done). */
        public int step() { return step; }
        /** @return number of steps. */
        public int stepCount() { return stepCount; }
        /** @return the current step's planned duration. */
        public long stepDurationMs() { return stepDurationMs; }
        /** @return time into the current step. */
        public long stepElapsedMs() { return stepElapsedMs; }
        /** @return time left in the current step. */
        public long stepRemainingMs() { return stepRemainingMs; }
        /** @return stepElapsedMs / stepDurationMs, 0..1. */
        public double stepProgress() { return stepProgress; }
        /** @return planned durations of the finished steps plus the current step's elapsed time. */
        public long sessionElapsedMs() { return sessionElapsedMs; }
        /** @return the sum of all planned durations. */
        public long sessionTotalMs() { return sessionTotalMs; }
        /** @return sessionTotalMs - sessionElapsedMs. */
        public long sessionRemainingMs() { return sessionRemainingMs; }
        /** @return sessionElapsedMs / sessionTotalMs, 0..1. */
        public double sessionProgress() { return sessionProgress; }
        /** @return ms until the next event is due (0: call update now), or {@link Timer#NEVER}. */
        public long nextEventInMs() { return nextEventInMs; }
    }

    private final calfcare_relief_timer raw = new calfcare_relief_timer();
    private final calfcare_relief_event event = new calfcare_relief_event();
    private final LongSupplier clock;
    private long lastNow;

    private Timer(LongSupplier clock) {
        this.clock = clock;
    }

    /** A timer for a schedule (state ready), driven by the times passed to each call. */
    public Timer(Relief.Schedule schedule) {
        this(schedule, null);
    }

    /**
     * A timer for a schedule that reads {@code clockMs} in the methods without a time argument.
     * @param schedule the schedule (the timer copies what it needs)
     * @param clockMs  a monotonic clock in ms, or null
     */
    public Timer(Relief.Schedule schedule, LongSupplier clockMs) {
        this(clockMs);
        capi.calfcare_relief_timer_init(raw, schedule.raw);
    }

    private long now() {
        if (clock == null)
            throw new IllegalStateException("this Timer has no clock: pass the time in ms");
        return clock.getAsLong();
    }

    /** Start the session at {@code nowMs}. @throws StateException when already started */
    public void start(long nowMs) {
        capi.calfcare_relief_timer_start(raw, nowMs);
        lastNow = nowMs;
    }

    /** Start now, by the timer's clock. */
    public void start() { start(now()); }

    /** @return the oldest event due at {@code nowMs}, or null when nothing is due. */
    public Event poll(long nowMs) {
        capi.calfcare_relief_timer_poll(raw, nowMs, event);
        lastNow = nowMs;
        return event.getType() == capi.CALFCARE_RELIEF_EV_NONE ? null : new Event(event);
    }

    /** @return every event due at {@code nowMs}, oldest first (empty when nothing is due). */
    public List<Event> update(long nowMs) {
        List<Event> out = new ArrayList<>();
        for (Event e = poll(nowMs); e != null; e = poll(nowMs))
            out.add(e);
        return out;
    }

    /** @return every event due now, by the timer's clock. */
    public List<Event> update() { return update(now()); }

    /** Pause at {@code nowMs}: deadlines move later by the paused time. */
    public void pause(long nowMs) { capi.calfcare_relief_timer_pause(raw, nowMs); lastNow = nowMs; }
    /** Pause now, by the timer's clock. */
    public void pause() { pause(now()); }

    /** Resume at {@code nowMs}. */
    public void resume(long nowMs) { capi.calfcare_relief_timer_resume(raw, nowMs); lastNow = nowMs; }
    /** Resume now, by the timer's clock. */
    public void resume() { resume(now()); }

    /** End the current step at {@code nowMs}; the next starts then. */
    public void skip(long nowMs) { capi.calfcare_relief_timer_skip(raw, nowMs); lastNow = nowMs; }
    /** Skip now, by the timer's clock. */
    public void skip() { skip(now()); }

    /** @return where the session is at {@code nowMs} (call update first). */
    public Status status(long nowMs) {
        calfcare_relief_timer_info info = new calfcare_relief_timer_info();
        try {
            capi.calfcare_relief_timer_query(raw, nowMs, info);
            return new Status(info);
        } finally {
            info.delete();
        }
    }

    /** @return where the session is now, by the timer's clock. */
    public Status status() { return status(now()); }

    /** @return the state as of the latest time given. */
    public State state() { return status(lastNow).state(); }

    /** @return the timer state with a checksum, {@code calfcare_relief_timer_size()} bytes. */
    public byte[] save() {
        byte[] blob = new byte[(int) capi.calfcare_relief_timer_saved_size(raw)];
        capi.calfcare_relief_timer_save(raw, blob);
        return blob;
    }

    /**
     * A timer from a state written by {@link #save()}. Events that fell due meanwhile are reported
     * by the next update, late.
     * @throws StateException for a blob of the wrong size, foreign or corrupt
     */
    public static Timer restore(byte[] blob) { return restore(blob, null); }

    /** The same, with a clock for the methods without a time argument. */
    public static Timer restore(byte[] blob, LongSupplier clockMs) {
        Timer t = new Timer(clockMs);
        capi.calfcare_relief_timer_restore(t.raw, blob);
        return t;
    }
}
