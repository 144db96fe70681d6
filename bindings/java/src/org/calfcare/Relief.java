package org.calfcare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.calfcare.capi.calfcare_blocked;
import org.calfcare.capi.calfcare_params_field;
import org.calfcare.capi.calfcare_relief_params;
import org.calfcare.capi.calfcare_relief_protocol;
import org.calfcare.capi.calfcare_relief_step;
import org.calfcare.capi.capi;

/**
 * Relief protocols (RICE, stretching, foam rolling) and prevention routines (warm-up, cool-down,
 * calf strength): build a {@link Schedule} of timed steps, show it, then run it with a {@link Timer}.
 *
 * <pre>{@code
 * Relief.Schedule s = Relief.build(Relief.Protocol.STRETCH, new Relief.Params().holdS(30).reps(3),
 *                                  diagnosis.blocked());
 * for (Relief.Step step : s.steps())
 *     System.out.println(step.startMs() / 1000 + " s: " + step.kind() + " " + step.side());
 * }</pre>
 *
 * Out-of-range parameters throw {@link InvalidInputException} (never clamped); a step blocked by a
 * red flag throws {@link BlockedException}; ice within 60 min of the previous application throws
 * {@link TooSoonException}. Both refusals are {@link RefusedException}s. Rules: docs/relief.md.
 */
public final class Relief {
    private Relief() {}

    /** Protocols (relief) and routines (prevention). */
    public enum Protocol {
        /** Rest, compression, ice, elevation. */
        RICE(capi.CALFCARE_RELIEF_RICE),
        /** Wall calf stretch, knee straight then bent. */
        STRETCH(capi.CALFCARE_RELIEF_STRETCH),
        /** Foam rolling of each calf. */
        ROLL(capi.CALFCARE_RELIEF_ROLL),
        /** rice, a 10 min pain check, then stretch and roll once the pain eases. */
        FULL(capi.CALFCARE_RELIEF_FULL),
        /** Dynamic drills before a run (routine). */
        WARMUP(capi.CALFCARE_RELIEF_WARMUP),
        /** Static calf stretches after a run (routine). */
        COOLDOWN(capi.CALFCARE_RELIEF_COOLDOWN),
        /** Calf raises in sets, progressing by week (routine). */
        STRENGTH(capi.CALFCARE_RELIEF_STRENGTH),
        /** Rest with the leg raised only: first aid without ice or a bandage. */
        REST(capi.CALFCARE_RELIEF_REST);

        final int code;

        Protocol(int code) { this.code = code; }

        /** @return the CLI word: "rice", ... "strength". */
        public String word() { return capi.calfcare_relief_name(code); }
        /** @return true for the prevention routines (warmup, cooldown, strength). */
        public boolean isRoutine() { return capi.calfcare_relief_is_routine(code) != 0; }

        /** @return the protocol of a CLI word. @throws InvalidInputException for an unknown word */
        public static Protocol fromWord(String word) {
            if (word == null)
                throw InvalidInputException.of("protocol", "protocol: must not be null");
            int[] code = new int[1];
            capi.calfcare_relief_parse(word, code);
            return fromCode(code[0]);
        }

        static Protocol fromCode(int code) {
            for (Protocol p : values())
                if (p.code == code)
                    return p;
            throw new IllegalArgumentException("unknown protocol " + code);
        }
    }

    /** Kinds of step. */
    public enum StepKind {
        /** Stop what hurts, lie down, calf raised above the heart. */ REST,
        /** Put on an elastic compression bandage. */ COMPRESS,
        /** Ice in a damp cloth on the calf. */ ICE,
        /** Countdown into position before a hold. */ GET_READY,
        /** Wall calf stretch, back knee straight. */ STRETCH_STRAIGHT,
        /** Wall calf stretch, back knee bent. */ STRETCH_BENT,
        /** Foam roller under one calf. */ FOAM_ROLL,
        /** Warm-up drill. */ ANKLE_CIRCLES,
        /** Warm-up drill, front to back. */ LEG_SWINGS,
        /** Warm-up drill. */ WALKING_LUNGES,
        /** Warm-up drill (A-skips). */ SKIPS,
        /** Calf raises on both legs. */ CALF_RAISE_DOUBLE,
        /** Calf raises on one leg. */ CALF_RAISE_SINGLE,
        /** Up on both, slow lowering on one. */ CALF_RAISE_ECCENTRIC,
        /** Rest between two sets. */ SET_REST,
        /** Ice off for 10 min, leg still raised, between two intermittent applications. */ ICE_BREAK,
        /** Leg down, the calf rewarms; stretch and roll only if the pain eases. */ PAIN_CHECK,
        /** Massage ball under one calf (rolling with {@code tool} ball). */ MASSAGE_BALL;

        /** @return the C value (calfcare_relief_step_kind, 1-based in this order). */
        public int code() { return ordinal() + capi.CALFCARE_RELIEF_STEP_REST; }
        /** @return the snake_case word, e.g. "stretch_bent". */
        public String word() { return capi.calfcare_relief_step_kind_name(code()); }

        static StepKind fromCode(int code) {
            int i = code - capi.CALFCARE_RELIEF_STEP_REST;
            return i >= 0 && i < values().length ? values()[i] : null;
        }
    }

    /** Which leg a step is for. */
    public enum Side {
        /** Both legs, or not leg-specific. */ NONE,
        /** Left leg. */ LEFT,
        /** Right leg. */ RIGHT;

        /** @return the C value (calfcare_relief_side). */
        public int code() { return ordinal() + capi.CALFCARE_RELIEF_SIDE_NONE; }
        /** @return "none", "left" or "right". */
        public String word() { return capi.calfcare_relief_side_name(code()); }

        static Side fromCode(int code) {
            int i = code - capi.CALFCARE_RELIEF_SIDE_NONE;
            return i >= 0 && i < values().length ? values()[i] : null;
        }
    }

    /**
     * Parameters of the protocols and routines; a new object holds the library's defaults, which each
     * setter states with its range (the library's parameter table, calfcare/params.h;
     * ParamsDocTest checks the two agree). Every value is checked when set and by
     * {@link Relief#build}, whatever the protocol.
     */
    public static final class Params {
        final calfcare_relief_params raw = new calfcare_relief_params();

        /** The defaults. */
        public Params() { capi.calfcare_relief_params_init(raw); }

        /* Every setter goes through the library's table (calfcare/params.h), which checks the value at
         * once (InvalidInputException naming the field and its range) and stores it. */
        private Params set(String field, double value) {
            raw.set_field(Calfcare.paramsField(TABLE, field), value);
            return this;
        }
        private static final int TABLE = capi.CALFCARE_PARAMS_TABLE_RELIEF;

        /** @param min ice per application: 15..20 min, default 15 @return this */
        public Params iceMin(double min) { return set("ice_min", min); }
        /** @param s stretch hold: 20..30 s, default 30 @return this */
        public Params holdS(double s) { return set("hold_s", s); }
        /** @param reps stretch holds per side and variant: 1..5 holds per side, default 3 @return this */
        public Params reps(int reps) { return set("reps", reps); }
        /** @param s foam rolling per leg and set: 30..120 s, default 60 @return this */
        public Params rollS(double s) { return set("roll_s", s); }
        /** @param sets foam rolling sets: 1..3 sets, default 3 @return this */
        public Params sets(int sets) { return set("sets", sets); }
        /** @param week strength routine week: 1..52, default 1 @return this */
        public Params week(int week) { return set("week", week); }
        /**
         * @param min minutes since the previous ice application ended: 0..525600 min, default unknown
         *            (leave it unset when unknown: the C API's -1 is refused here)
         * @return this
         */
        public Params lastIceEndedMinAgo(double min) {
            int id = Calfcare.paramsField(TABLE, "last_ice_ended_min_ago");
            calfcare_params_field f = capi.calfcare_params_field_at(TABLE, id);
            if (min == f.getUnset()) /* the C API's "unknown" is leaving it out here */
                throw InvalidInputException.of(f.getName(), f.getName() + ": " + min + " is outside the accepted range; "
                        + "accepted: " + f.getMin() + " to " + f.getMax() + " " + f.getUnit() + " (leave it out when "
                        + f.getUnset_help() + ")");
            return set(f.getName(), min);
        }
        /** @param rounds ice applications: 1..2 applications, default 1; 2 is intermittent: 10 min on, 10 off,
         *  10 on @return this */
        public Params iceRounds(int rounds) { return set("ice_rounds", rounds); }
        /**
         * The rolling tool of roll and full: "roller" (steps foam_roll) or "ball" (a massage ball,
         * steps massage_ball with their own cue; the same dose and blocking).
         * {@link Relief#build} refuses the ball with a protocol that does not roll (field "tool").
         * @param tool "roller" or "ball", default roller
         * @return this
         * @throws InvalidInputException (field "tool") for another word
         */
        public Params tool(String tool) {
            if (tool == null)
                throw InvalidInputException.of("tool", "tool: must not be null");
            raw.set_field_text(Calfcare.paramsField(TABLE, "tool"), tool);
            return this;
        }
    }

    /** One timed step of a schedule. Times in ms from the session start. */
    public static final class Step {
        private final int index;
        private final StepKind kind;
        private final Side side;
        private final long startMs;
        private final long durationMs;
        private final Reason cue;
        private final CareKind care;
        private final int reps;
        private final long flags;

        Step(int index, calfcare_relief_step s) {
            this.index = index;
            kind = StepKind.fromCode(s.getKind());
            side = Side.fromCode(s.getSide());
            startMs = s.getStart_ms();
            durationMs = s.getDuration_ms();
            cue = Reason.orNull(s.getCue());
            care = CareKind.fromBit(s.getCare());
            reps = (int) s.getReps();
            flags = s.getFlags();
        }

        /** @return the step's index, 0-based. */
        public int index() { return index; }
        /** @return what to do. */
        public StepKind kind() { return kind; }
        /** @return which leg. */
        public Side side() { return side; }
        /** @return start, ms after the session start. */
        public long startMs() { return startMs; }
        /** @return duration, ms. */
        public long durationMs() { return durationMs; }
        /** @return what to tell the user (cue code 2001-2015 and its English text). */
        public Reason cue() { return cue; }
        /** @return the kind of care this step counts as for blocking, null if none. */
        public CareKind care() { return care; }
        /** @return repetitions within the step (calf raises), 0 for holds and timed steps. */
        public int reps() { return reps; }
        /** @return whether the timer reports halfway for this step. */
        public boolean halfway() { return (flags & capi.CALFCARE_RELIEF_STEP_HALFWAY) != 0; }
        /** @return whether the timer counts down 3, 2, 1 s. */
        public boolean countdown() { return (flags & capi.CALFCARE_RELIEF_STEP_COUNTDOWN) != 0; }
        /** @return whether the step is on the other leg than the previous one with a side. */
        public boolean switchSide() { return (flags & capi.CALFCARE_RELIEF_STEP_SWITCH_SIDE) != 0; }

        @Override public String toString() { return index + ": " + kind.word() + " " + side.word() + " @" + startMs + " ms for " + durationMs + " ms"; }
    }

    /** A built protocol or routine: the steps in order, with advice. Immutable. */
    public static final class Schedule {
        final calfcare_relief_protocol raw;
        private final Protocol protocol;
        private final int week;
        private final long totalMs;
        private final List<Step> steps;
        private final List<Reason> advice;

        Schedule(calfcare_relief_protocol raw) {
            this.raw = raw;
            protocol = Protocol.fromCode(raw.getProtocol());
            week = (int) raw.getWeek();
            totalMs = raw.getTotal_ms();
            List<Step> st = new ArrayList<>();
            for (int i = 0; i < raw.getCount(); i++)
                st.add(new Step(i, raw.step_at(i)));
            steps = Collections.unmodifiableList(st);
            List<Reason> ad = new ArrayList<>();
            for (int i = 0; i < raw.getAdvice_count(); i++)
                ad.add(Reason.of(raw.advice_at(i)));
            advice = Collections.unmodifiableList(ad);
        }

        /** @return the protocol or routine. */
        public Protocol protocol() { return protocol; }
        /** @return the strength week used (1..52), 0 for the other protocols. */
        public int week() { return week; }
        /** @return the sum of the step durations, ms. */
        public long totalMs() { return totalMs; }
        /** @return the steps in order. */
        public List<Step> steps() { return steps; }
        /** @return advice to show with it (codes 2100-2199). */
        public List<Reason> advice() { return advice; }

        @Override public String toString() { return protocol.word() + ": " + steps.size() + " steps, " + totalMs + " ms"; }
    }

    /** Build a protocol with the default parameters and nothing blocked. */
    public static Schedule build(Protocol protocol) {
        return build(protocol, new Params(), Blocked.none());
    }

    /** Build a protocol with nothing blocked. */
    public static Schedule build(Protocol protocol, Params params) {
        return build(protocol, params, Blocked.none());
    }

    /**
     * Build a protocol or routine.
     * @param protocol which one
     * @param params   its parameters
     * @param blocked  what a diagnosis blocks ({@link Diagnosis#blocked()}), or {@link Blocked#none()}
     * @return the schedule
     * @throws InvalidInputException a parameter out of range ({@link InvalidInputException#field()} names it)
     * @throws BlockedException      a step is blocked by a red flag
     * @throws TooSoonException      ice within 60 min of the previous application
     */
    public static Schedule build(Protocol protocol, Params params, Blocked blocked) {
        calfcare_blocked b = blocked.toRaw();
        calfcare_relief_protocol out = new calfcare_relief_protocol();
        try {
            capi.calfcare_relief_build(protocol.code, params.raw, b, out);
        } catch (RuntimeException e) {
            out.delete();
            throw e;
        } finally {
            b.delete();
        }
        return new Schedule(out);
    }

    /**
     * Build a protocol with a list of blocked kinds and no red flag named, such as a diagnosis'
     * {@code blocked().kinds()} kept by the caller: {@code build(protocol, params, Blocked.ofKinds(kinds))}.
     * The same steps are refused as with the diagnosis, the refusal's red flag is {@link RedFlag#UNNAMED}.
     * @see #build(Protocol, Params, Blocked)
     */
    public static Schedule build(Protocol protocol, Params params, Collection<CareKind> blockedKinds) {
        return build(protocol, params, Blocked.ofKinds(blockedKinds));
    }

    /** Build a protocol with what a diagnosis blocks. @see #build(Protocol, Params, Blocked) */
    public static Schedule build(Protocol protocol, Params params, Diagnosis diagnosis) {
        return build(protocol, params, diagnosis.blocked());
    }
}
