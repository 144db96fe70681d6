package org.calfcare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.calfcare.capi.calfcare_params_field;
import org.calfcare.capi.calfcare_progression_acwr_result;
import org.calfcare.capi.calfcare_progression_params;
import org.calfcare.capi.calfcare_progression_plan;
import org.calfcare.capi.calfcare_progression_plan_params;
import org.calfcare.capi.calfcare_progression_plan_week;
import org.calfcare.capi.calfcare_progression_rtr;
import org.calfcare.capi.calfcare_progression_rtr_gate_input;
import org.calfcare.capi.calfcare_progression_rtr_gate_item;
import org.calfcare.capi.calfcare_progression_rtr_gate_result;
import org.calfcare.capi.calfcare_progression_rtr_stage;
import org.calfcare.capi.calfcare_progression_spike_result;
import org.calfcare.capi.calfcare_progression_weekly_result;
import org.calfcare.capi.capi;

/**
 * Mileage progression: the weekly increase limit (the "10% rule"), single-run spikes, the
 * acute:chronic workload ratio, week-by-week plans with cutback weeks, the return-to-running gate
 * and stages, and one call over many runners' daily distances ({@link #batch}).
 *
 * Series are double[] arrays, oldest first; distances in km. Invalid values throw
 * {@link InvalidInputException} naming the field ("weekly_km", "max_increase_pct"...). Results that
 * the library writes per element (changes, spikes, ratios, the batch table) go straight into Java
 * arrays; the batch variants that take a result array allocate nothing. Rules: docs/progression.md.
 */
public final class Progression {
    private Progression() {}

    /** EWMA decay constants (lambda) for a window of N days. */
    public enum Decay {
        /** lambda = 2/(N+1) (the default). */ TWO_OVER_N_PLUS_1(capi.CALFCARE_PROGRESSION_DECAY_2_OVER_N_PLUS_1),
        /** lambda = 1 - exp(-1/N). */ EXP(capi.CALFCARE_PROGRESSION_DECAY_EXP),
        /** lambda = 1/N. */ ONE_OVER_N(capi.CALFCARE_PROGRESSION_DECAY_1_OVER_N);

        final int code;
        Decay(int code) { this.code = code; }
        /** @return the CLI word: "2/(n+1)", "exp", "1/n". */
        public String word() { return capi.calfcare_progression_decay_name(code); }
        /** @return lambda for a window of {@code days}. */
        public double lambda(int days) { return capi.calfcare_progression_lambda(code, days); }
    }

    /** Whether the chronic load includes the acute window. */
    public enum Coupling {
        /** Chronic includes today (the classic ratio; the default). */ COUPLED(capi.CALFCARE_PROGRESSION_COUPLED),
        /** Chronic as of acute_days ago. */ UNCOUPLED(capi.CALFCARE_PROGRESSION_UNCOUPLED);

        final int code;
        Coupling(int code) { this.code = code; }
    }

    /** How the EWMAs start. */
    public enum Seed {
        /** From 0 before the first day (the default). */ ZERO(capi.CALFCARE_PROGRESSION_SEED_ZERO),
        /** Both equal the first day's load. */ FIRST(capi.CALFCARE_PROGRESSION_SEED_FIRST);

        final int code;
        Seed(int code) { this.code = code; }
    }

    /** Spike band of a run against the longest run of the previous 30 days (Frandsen 2025). */
    public enum SpikeBand {
        /** No run in the previous 30 days. */ NO_REFERENCE,
        /** Up to 10% longer (or shorter). */ WITHIN_10,
        /** Over 10% up to 30% longer. */ OVER_10,
        /** Over 30% up to 100% longer. */ OVER_30,
        /** Over 100% longer. */ OVER_100;

        /** @return the band of a spike in percent (NaN: no reference). */
        public static SpikeBand of(double spikePct) { return values()[capi.calfcare_progression_spike_classify(spikePct)]; }
        /** @return the word, e.g. "over_10". */
        public String word() { return capi.calfcare_progression_band_name(ordinal()); }
    }

    /** Band of an acute:chronic ratio (Gabbett 2016; contested, information only). */
    public enum AcwrBand {
        /** No chronic load (ratio NaN). */ UNKNOWN,
        /** Below 0.8. */ LOW,
        /** 0.8 to 1.3. */ MODERATE,
        /** Above 1.3, below 1.5. */ HIGH,
        /** 1.5 or more. */ VERY_HIGH;

        /** @return the band of a ratio. */
        public static AcwrBand of(double ratio) { return values()[capi.calfcare_progression_acwr_classify(ratio)]; }
    }

    /** Columns of the {@link #batch} result, one row per runner. */
    public enum BatchColumn {
        /** The last 7 days, km. */ LAST_WEEK_KM,
        /** Last week over the week before, percent. */ CHANGE_PCT,
        /** Largest advisable next week, km. */ NEXT_WEEK_MAX_KM,
        /** Weeks over the limit. */ WEEKS_OVER_LIMIT,
        /** Longest day in the last 30 days, km. */ LONGEST_30D_KM,
        /** Longest advisable next run, km. */ NEXT_RUN_MAX_KM,
        /** Spike of the last day with a run, percent. */ LAST_SPIKE_PCT,
        /** {@link SpikeBand} ordinal of that spike. */ LAST_BAND,
        /** Acute EWMA of the last day, km/day. */ ACUTE,
        /** Chronic EWMA of the last day, km/day. */ CHRONIC,
        /** Their ratio. */ ACWR,
        /** Sum of all days, km. */ TOTAL_KM;

        /** @return the column index in a row. */
        public int index() { return ordinal(); }
    }

    /** Columns per runner in the batch result (as compiled into the library). */
    public static final int BATCH_COLUMNS = (int) capi.calfcare_progression_batch_columns();

    /**
     * Parameters of the weekly check, the acute:chronic ratio and the batch. A new object holds the
     * library's defaults, which each setter states with its range (the library's parameter table,
     * calfcare/params.h; ParamsDocTest checks the two agree).
     */
    public static final class Params {
        final calfcare_progression_params raw = new calfcare_progression_params();

        /** The defaults. */
        public Params() { capi.calfcare_progression_params_init(raw); }

        /* Every setter goes through the library's table (calfcare/params.h): checked at once. */
        private Params set(String field, double value) {
            raw.set_field(Calfcare.paramsField(capi.CALFCARE_PARAMS_TABLE_PROGRESSION, field), value);
            return this;
        }

        /** @param pct weekly increase limit: 1..50 %, default 10 @return this */
        public Params maxIncreasePct(double pct) { return set("max_increase_pct", pct); }
        /** @param days acute window: 1..364 days, default 7 (shorter than the chronic window) @return this */
        public Params acuteDays(int days) { return set("acute_days", days); }
        /** @param days chronic window: 2..365 days, default 28 @return this */
        public Params chronicDays(int days) { return set("chronic_days", days); }
        /** @param d decay constant, default 2/(n+1) @return this */
        public Params decay(Decay d) { return set("decay", d.code); }
        /** @param c coupling, default coupled @return this */
        public Params coupling(Coupling c) { return set("coupling", c.code); }
        /** @param s how the EWMAs start, default zero @return this */
        public Params seed(Seed s) { return set("seed", s.code); }
    }

    private static List<Reason> reasons(int count, java.util.function.IntUnaryOperator at) {
        List<Reason> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++)
            list.add(Reason.of(at.applyAsInt(i)));
        return Collections.unmodifiableList(list);
    }

    /* ---- weekly check ---------------------------------------------------------------------- */

    /** Result of a weekly check. */
    public static final class WeeklyCheck {
        private final double[] changePct;
        private final boolean[] overLimit;
        private final int overLimitCount;
        private final double nextWeekMax;
        private final double lastChangePct;
        private final double maxChangePct;
        private final double twoWeekChangePct;
        private final List<Reason> advice;

        WeeklyCheck(double[] changePct, byte[] over, calfcare_progression_weekly_result r) {
            this.changePct = changePct;
            overLimit = new boolean[over.length];
            for (int i = 0; i < over.length; i++)
                overLimit[i] = over[i] != 0;
            overLimitCount = (int) r.getOver_limit_count();
            nextWeekMax = r.getNext_week_max();
            lastChangePct = r.getLast_change_pct();
            maxChangePct = r.getMax_change_pct();
            twoWeekChangePct = r.getTwo_week_change_pct();
            advice = reasons((int) r.getAdvice_count(), r::advice_at);
        }

        /** @return change of each week over the week before, percent (NaN for week 0 or after a 0 week). */
        public double[] changePct() { return changePct.clone(); }
        /** @return per week: above the limit over the week before. */
        public boolean[] overLimit() { return overLimit.clone(); }
        /** @return weeks above the limit. */
        public int overLimitCount() { return overLimitCount; }
        /** @return the largest advisable next week: last week x (1 + limit/100). */
        public double nextWeekMax() { return nextWeekMax; }
        /** @return the last week's change, percent (NaN when not defined). */
        public double lastChangePct() { return lastChangePct; }
        /** @return the largest week-to-week change, percent (NaN when none is defined). */
        public double maxChangePct() { return maxChangePct; }
        /** @return the last week over the week two before, percent (NaN when not defined). */
        public double twoWeekChangePct() { return twoWeekChangePct; }
        /** @return the rules that apply (codes 3001-3003; climbing 3022 or 3003, hard minutes 3023 or 3003). */
        public List<Reason> advice() { return advice; }
    }

    /** Check weekly distances (km, oldest first) against the default 10% limit. */
    public static WeeklyCheck checkWeekly(double[] weeklyKm) { return checkWeekly(weeklyKm, new Params()); }

    /** Check weekly distances (km, oldest first) against {@code params}' limit. */
    public static WeeklyCheck checkWeekly(double[] weeklyKm, Params params) { return weekly(weeklyKm, params, false); }

    /** The same check on a weekly load series (e.g. session-RPE, 0-100800 per week). */
    public static WeeklyCheck checkWeeklyLoad(double[] weeklyLoad, Params params) { return weekly(weeklyLoad, params, true); }

    /**
     * The same check on weekly climbing (elevation gain, m, oldest first): the same limit and edges as
     * distance. {@code weeklyKm} (the same weeks' distances, km) may be null; when given, a week
     * climbing more than its distance (1 km = 1000 m) throws InvalidInputException naming weekly_climb_m.
     */
    public static WeeklyCheck checkWeeklyClimb(double[] weeklyClimbM, double[] weeklyKm) {
        return checkWeeklyClimb(weeklyClimbM, weeklyKm, new Params());
    }

    /** {@link #checkWeeklyClimb(double[], double[])} against {@code params}' limit. */
    public static WeeklyCheck checkWeeklyClimb(double[] weeklyClimbM, double[] weeklyKm, Params params) {
        int n = Math.max(weeklyClimbM.length, 1);
        double[] change = new double[n];
        byte[] over = new byte[n];
        calfcare_progression_weekly_result r = new calfcare_progression_weekly_result();
        try { /* an empty distance list: none given (the library does not read it) */
            capi.calfcare_progression_check_weekly_climb(weeklyClimbM, weeklyKm != null ? weeklyKm : new double[0],
                                                        params.raw, change, over, r);
            return new WeeklyCheck(change, over, r);
        } finally {
            r.delete();
        }
    }

    /** The same check on weekly minutes of hard running (speed work, 0-10080 min per week), 10% limit. */
    public static WeeklyCheck checkWeeklyHard(double[] weeklyHardMin) { return checkWeeklyHard(weeklyHardMin, new Params()); }

    /** The same check on weekly minutes of hard running against {@code params}' limit. */
    public static WeeklyCheck checkWeeklyHard(double[] weeklyHardMin, Params params) {
        int n = Math.max(weeklyHardMin.length, 1);
        double[] change = new double[n];
        byte[] over = new byte[n];
        calfcare_progression_weekly_result r = new calfcare_progression_weekly_result();
        try {
            capi.calfcare_progression_check_weekly_hard(weeklyHardMin, params.raw, change, over, r);
            return new WeeklyCheck(change, over, r);
        } finally {
            r.delete();
        }
    }

    private static WeeklyCheck weekly(double[] series, Params params, boolean load) {
        int n = Math.max(series.length, 1);
        double[] change = new double[n];
        byte[] over = new byte[n];
        calfcare_progression_weekly_result r = new calfcare_progression_weekly_result();
        try {
            if (load)
                capi.calfcare_progression_check_weekly_load(series, params.raw, change, over, r);
            else
                capi.calfcare_progression_check_weekly(series, params.raw, change, over, r);
            return new WeeklyCheck(change, over, r);
        } finally {
            r.delete();
        }
    }

    /** @return last week x (1 + maxIncreasePct/100): the largest advisable next week. */
    public static double nextWeekMax(double lastWeekKm, double maxIncreasePct) {
        return capi.calfcare_progression_next_week_max(lastWeekKm, maxIncreasePct);
    }

    /** @return session-RPE load of one session: minutes (0-1440) x effort (0-10). */
    public static double sessionLoad(double durationMin, double rpe) {
        return capi.calfcare_progression_session_load(durationMin, rpe);
    }

    /** @return weekly totals of a daily series (km), weeks ending on the last day; a partial first week is left out. */
    public static double[] weeklyTotals(double[] dailyKm) {
        double[] weekly = new double[Math.max(dailyKm.length / 7, 1)];
        long n = capi.calfcare_progression_weekly_totals(dailyKm, weekly);
        return java.util.Arrays.copyOf(weekly, (int) n);
    }

    /* ---- single-run spikes ----------------------------------------------------------------- */

    /** Result of {@link #spikes}. */
    public static final class SpikeCheck {
        private final double[] spikePct;
        private final SpikeBand[] bands;
        private final double longest30dKm;
        private final double nextRunMaxKm;
        private final double lastSpikePct;
        private final double maxSpikePct;
        private final List<Reason> advice;

        SpikeCheck(double[] spikePct, byte[] band, calfcare_progression_spike_result r) {
            this.spikePct = spikePct;
            bands = new SpikeBand[band.length];
            for (int i = 0; i < band.length; i++)
                bands[i] = SpikeBand.values()[band[i]];
            longest30dKm = r.getLongest_30d_km();
            nextRunMaxKm = r.getNext_run_max_km();
            lastSpikePct = r.getLast_spike_pct();
            maxSpikePct = r.getMax_spike_pct();
            advice = reasons((int) r.getAdvice_count(), r::advice_at);
        }

        /** @return per run: percent over the longest run of the previous 30 days (NaN without one). */
        public double[] spikePct() { return spikePct.clone(); }
        /** @return per run: its band. */
        public SpikeBand[] bands() { return bands.clone(); }
        /** @return the longest run of the 30 days before the next run, km. */
        public double longest30dKm() { return longest30dKm; }
        /** @return 1.10 x that: the longest advisable next run, km. */
        public double nextRunMaxKm() { return nextRunMaxKm; }
        /** @return the last run's spike, percent (NaN without a reference). */
        public double lastSpikePct() { return lastSpikePct; }
        /** @return the largest spike, percent (NaN when no run has a reference). */
        public double maxSpikePct() { return maxSpikePct; }
        /** @return the rules that apply (codes 3004-3007). */
        public List<Reason> advice() { return advice; }
    }

    /**
     * Each run against the longest run of the previous 30 days.
     * @param runDay  day number of each run (whole, non-decreasing; e.g. days since 1970-01-01)
     * @param runKm   distance of each run, km
     * @param nextDay the day of the next run (usually the last day + 1)
     * @return the spikes
     */
    public static SpikeCheck spikes(double[] runDay, double[] runKm, double nextDay) {
        int n = Math.max(runDay.length, 1);
        double[] spike = new double[n];
        byte[] band = new byte[n];
        calfcare_progression_spike_result r = new calfcare_progression_spike_result();
        try {
            capi.calfcare_progression_spikes(runDay, runKm, nextDay, spike, band, r);
            return new SpikeCheck(spike, band, r);
        } finally {
            r.delete();
        }
    }

    /* ---- acute:chronic ratio --------------------------------------------------------------- */

    /** The acute:chronic ratio of the last day (contested: information, not an injury predictor). */
    public static final class Acwr {
        private final int days;
        private final double acute;
        private final double chronic;
        private final double ratio;
        private final AcwrBand band;
        private final boolean settled;
        private final List<Reason> advice;

        Acwr(calfcare_progression_acwr_result r) {
            days = (int) r.getDays();
            acute = r.getAcute();
            chronic = r.getChronic();
            ratio = r.getRatio();
            band = AcwrBand.values()[r.getBand()];
            settled = r.getSettled() != 0;
            advice = reasons((int) r.getAdvice_count(), r::advice_at);
        }

        /** @return days in the series. */
        public int days() { return days; }
        /** @return acute EWMA of the last day, load per day. */
        public double acute() { return acute; }
        /** @return chronic EWMA of the last day, load per day. */
        public double chronic() { return chronic; }
        /** @return acute / chronic, NaN when chronic is 0. */
        public double ratio() { return ratio; }
        /** @return the band of the ratio. */
        public AcwrBand band() { return band; }
        /** @return false while the start of the series still weighs over 10% in the chronic value. */
        public boolean settled() { return settled; }
        /** @return the rules that apply (codes 3008-3011). */
        public List<Reason> advice() { return advice; }
    }

    /** @return the acute:chronic ratio of the last day of a daily load series (km or any load). */
    public static Acwr acwr(double[] dailyLoad, Params params) {
        calfcare_progression_acwr_result r = new calfcare_progression_acwr_result();
        try {
            capi.calfcare_progression_acwr(dailyLoad, params.raw, r);
            return new Acwr(r);
        } finally {
            r.delete();
        }
    }

    /**
     * Every day's acute, chronic and ratio written into the given arrays (each at least as long as
     * the series); returns the last day's summary.
     */
    public static Acwr acwrSeries(double[] dailyLoad, Params params, double[] acute, double[] chronic, double[] ratio) {
        calfcare_progression_acwr_result r = new calfcare_progression_acwr_result();
        try {
            capi.calfcare_progression_acwr_series(dailyLoad, params.raw, acute, chronic, ratio, r);
            return new Acwr(r);
        } finally {
            r.delete();
        }
    }

    /* ---- plan ------------------------------------------------------------------------------ */

    /**
     * Parameters of a plan: current and target weekly km, and the library's defaults for the rest,
     * which each setter states with its range (the library's parameter table, calfcare/params.h;
     * ParamsDocTest checks the two agree).
     */
    public static final class PlanParams {
        final calfcare_progression_plan_params raw = new calfcare_progression_plan_params();

        /**
         * @param currentKm the last full week: 1..1000 km
         * @param targetKm  the weekly distance to reach: 0..1000 km
         */
        public PlanParams(double currentKm, double targetKm) {
            capi.calfcare_progression_plan_params_init(raw);
            set("current_km", currentKm);
            set("target_km", targetKm);
        }

        /* Every setter goes through the library's table (calfcare/params.h): checked at once. */
        private PlanParams set(String field, double value) {
            raw.set_field(Calfcare.paramsField(capi.CALFCARE_PARAMS_TABLE_PLAN, field), value);
            return this;
        }

        /** @param pct weekly increase limit: 1..50 %, default 10 @return this */
        public PlanParams maxIncreasePct(double pct) { return set("max_increase_pct", pct); }
        /** @param n every Nth week is a cutback week: 2..6 weeks, default 4 @return this */
        public PlanParams cutbackEvery(int n) { return set("cutback_every", n); }
        /** @param pct how much lower a cutback week is: 10..40 %, default 25 @return this */
        public PlanParams cutbackPct(double pct) { return set("cutback_pct", pct); }
        /** @param weeks weeks to plan: 1..156 weeks, default 0 (0: until the target) @return this */
        public PlanParams weeks(int weeks) { return set("weeks", weeks); }
    }

    /** One week of a plan. */
    public static final class PlanWeek {
        private final int week;
        private final double km;
        private final boolean cutback;
        private final double limitKm;
        private final boolean holdIntensity;

        PlanWeek(calfcare_progression_plan_week w) {
            week = w.getWeek();
            km = w.getKm();
            cutback = w.getCutback() != 0;
            limitKm = w.getLimit_km();
            holdIntensity = w.getHold_intensity() != 0;
        }

        /** @return week number, 1 = the first planned week. */
        public int week() { return week; }
        /** @return planned distance, km (rounded down to 0.1 km). */
        public double km() { return km; }
        /** @return true for a cutback week. */
        public boolean cutback() { return cutback; }
        /** @return the cap of this week, km. */
        public double limitKm() { return limitKm; }
        /** @return true when distance rises this week: keep climbing and hard minutes at last week's level. */
        public boolean holdIntensity() { return holdIntensity; }

        @Override public String toString() { return "week " + week + ": " + km + " km" + (cutback ? " (cutback)" : ""); }
    }

    /** A plan: a table of weeks. */
    public static final class Plan {
        private final List<PlanWeek> weeks;
        private final int reachedWeek;
        private final List<Reason> advice;

        Plan(calfcare_progression_plan p) {
            List<PlanWeek> ws = new ArrayList<>();
            for (int i = 0; i < p.getCount(); i++) {
                calfcare_progression_plan_week w = p.week_at(i);
                ws.add(new PlanWeek(w));
                w.delete();
            }
            weeks = Collections.unmodifiableList(ws);
            reachedWeek = p.getReached_week();
            advice = reasons((int) p.getAdvice_count(), p::advice_at);
        }

        /** @return the weeks, first first. */
        public List<PlanWeek> weeks() { return weeks; }
        /** @return the first week at the target, 0 if it is not reached within the plan. */
        public int reachedWeek() { return reachedWeek; }
        /** @return the rules that apply (codes 3012-3014, 3024). */
        public List<Reason> advice() { return advice; }
    }

    /** @return a plan from {@code currentKm} to {@code targetKm} a week, with the defaults. */
    public static Plan plan(double currentKm, double targetKm) { return plan(new PlanParams(currentKm, targetKm)); }

    /** @return a plan. */
    public static Plan plan(PlanParams params) {
        calfcare_progression_plan p = new calfcare_progression_plan();
        try {
            capi.calfcare_progression_make_plan(params.raw, p);
            return new Plan(p);
        } finally {
            p.delete();
        }
    }

    /* ---- return to running ----------------------------------------------------------------- */

    /** Outcome of a gate item or of the gate. */
    public enum GateOutcome {
        /** Failed. */ FAILED,
        /** Passed. */ PASSED,
        /** Not answered (never a pass). */ UNKNOWN;

        static GateOutcome of(int v) { return v == 1 ? PASSED : v == 0 ? FAILED : UNKNOWN; }
    }

    /** One walk-run stage: repeats x (walk + run). */
    public static final class Stage {
        private final int stage;
        private final double walkMin;
        private final double runMin;
        private final int repeats;
        private final double totalMin;

        Stage(calfcare_progression_rtr_stage s) {
            stage = s.getStage();
            walkMin = s.getWalk_min();
            runMin = s.getRun_min();
            repeats = s.getRepeats();
            totalMin = s.getTotal_min();
        }

        /** @return stage number, 1 = first. */
        public int stage() { return stage; }
        /** @return walking per repeat, min. */
        public double walkMin() { return walkMin; }
        /** @return running per repeat, min. */
        public double runMin() { return runMin; }
        /** @return repeats per session. */
        public int repeats() { return repeats; }
        /** @return session length, min. */
        public double totalMin() { return totalMin; }
    }

    /** The return-to-running programme: the gate items and the walk-run stages. */
    public static final class ReturnToRun {
        private final List<Reason> gate;
        private final List<Stage> stages;
        private final int heelRaises;
        private final double asymmetryPct;
        private final List<Reason> advice;

        ReturnToRun(calfcare_progression_rtr r) {
            List<Reason> g = new ArrayList<>();
            for (int i = 0; i < r.getGate_count(); i++) {
                calfcare_progression_rtr_gate_item it = r.gate_at(i);
                g.add(Reason.of(it.getCode()));
                it.delete();
            }
            gate = Collections.unmodifiableList(g);
            List<Stage> s = new ArrayList<>();
            for (int i = 0; i < r.getStage_count(); i++) {
                calfcare_progression_rtr_stage st = r.stage_at(i);
                s.add(new Stage(st));
                st.delete();
            }
            stages = Collections.unmodifiableList(s);
            heelRaises = r.getHeel_raises();
            asymmetryPct = r.getAsymmetry_pct();
            advice = reasons((int) r.getAdvice_count(), r::advice_at);
        }

        /** @return the gate items (codes 3015-3017), all to pass before running. */
        public List<Reason> gate() { return gate; }
        /** @return the walk-run stages in order. */
        public List<Stage> stages() { return stages; }
        /** @return single-leg heel raises needed per side. */
        public int heelRaises() { return heelRaises; }
        /** @return largest side difference of the heel raises, percent. */
        public double asymmetryPct() { return asymmetryPct; }
        /** @return the rules. */
        public List<Reason> advice() { return advice; }
    }

    /** @return the return-to-running gate and walk-run stages. */
    public static ReturnToRun returnToRun() {
        calfcare_progression_rtr r = new calfcare_progression_rtr();
        try {
            capi.calfcare_progression_return_to_run(r);
            return new ReturnToRun(r);
        } finally {
            r.delete();
        }
    }

    /**
     * Answers to the return-to-run gate; a new object has every answer unknown (not answered, never
     * a pass). Every setter goes through the library's table of the gate (calfcare/params.h,
     * CALFCARE_PARAMS_TABLE_RTR_GATE), which checks the value at once: an {@link InvalidInputException}
     * names the field ("heel_raises_left", ...) and its range, and the answers stay as they were.
     */
    public static final class GateAnswers {
        final calfcare_progression_rtr_gate_input raw = new calfcare_progression_rtr_gate_input();
        private static final int TABLE = capi.CALFCARE_PARAMS_TABLE_RTR_GATE;

        /** Every answer unknown. */
        public GateAnswers() { capi.calfcare_progression_rtr_gate_input_init(raw); }

        /* A yes/no row takes the library's word. */
        private GateAnswers answer(String field, boolean yes) {
            raw.set_field_text(Calfcare.paramsField(TABLE, field),
                               capi.calfcare_yes_no_name(yes ? capi.CALFCARE_YES : capi.CALFCARE_NO));
            return this;
        }

        /* A count row: the table's range; its "unknown" (-1) is leaving the answer out here. */
        private GateAnswers count(String field, int n) {
            int id = Calfcare.paramsField(TABLE, field);
            calfcare_params_field f = capi.calfcare_params_field_at(TABLE, id);
            if (n == f.getUnset())
                throw InvalidInputException.of(f.getName(), f.getName() + ": " + n + " is outside the accepted range; "
                        + "accepted: " + (int) f.getMin() + " to " + (int) f.getMax() + " " + f.getUnit()
                        + " (leave it out when " + f.getUnset_help() + ")");
            raw.set_field(id, n);
            return this;
        }

        /** @param yes brisk walking for 30 min without calf pain @return this */
        public GateAnswers walkPainFree(boolean yes) { return answer("walk_pain_free", yes); }

        /**
         * Single-leg heel raises to fatigue on each side, whole counts within the table's range
         * (0-200); both are set, or neither when one is refused.
         * @param left the left leg's count
         * @param right the right leg's count
         * @return this
         * @throws InvalidInputException (field "heel_raises_left" or "heel_raises_right") outside the range
         */
        public GateAnswers heelRaises(int left, int right) {
            int before = raw.getHeel_raises_left();
            count("heel_raises_left", left);
            try {
                return count("heel_raises_right", right);
            } catch (InvalidInputException e) {
                raw.setHeel_raises_left(before);
                throw e;
            }
        }

        /** @param yes 10 hops on the sore leg without pain @return this */
        public GateAnswers hopPainFree(boolean yes) { return answer("hop_pain_free", yes); }
    }

    /**
     * Check the return-to-run gate: pain-free walking, at least 25 heel raises a side within 10% of
     * the stronger side, pain-free hopping. An answer left out is unknown, never a pass.
     * @param answers the answers
     * @return per item in the order of {@link ReturnToRun#gate()}, then the whole gate last
     */
    public static GateOutcome[] rtrGate(GateAnswers answers) {
        calfcare_progression_rtr_gate_result r = new calfcare_progression_rtr_gate_result();
        try {
            capi.calfcare_progression_rtr_gate_check(answers.raw, r);
            GateOutcome[] out = new GateOutcome[capi.CALFCARE_PROGRESSION_RTR_GATE_ITEMS + 1];
            for (int i = 0; i < capi.CALFCARE_PROGRESSION_RTR_GATE_ITEMS; i++)
                out[i] = GateOutcome.of(r.item_at(i));
            out[capi.CALFCARE_PROGRESSION_RTR_GATE_ITEMS] = GateOutcome.of(r.getPassed());
            return out;
        } finally {
            r.delete();
        }
    }

    /**
     * Check the return-to-run gate. Null means not answered (unknown, never a pass). The same as
     * {@link #rtrGate(GateAnswers)}, each answer set through the gate's table.
     * @param walkPainFree     30 min brisk walking without pain
     * @param heelRaisesLeft   single-leg heel raises to fatigue, left (0-200)
     * @param heelRaisesRight  the same, right (0-200)
     * @param hopPainFree      10 hops on the sore leg without pain
     * @return per item in the order of {@link ReturnToRun#gate()}, then the whole gate last
     */
    public static GateOutcome[] rtrGate(Boolean walkPainFree, Integer heelRaisesLeft, Integer heelRaisesRight, Boolean hopPainFree) {
        GateAnswers a = new GateAnswers();
        try {
            if (walkPainFree != null)
                a.walkPainFree(walkPainFree);
            if (heelRaisesLeft != null)
                a.count("heel_raises_left", heelRaisesLeft);
            if (heelRaisesRight != null)
                a.count("heel_raises_right", heelRaisesRight);
            if (hopPainFree != null)
                a.hopPainFree(hopPainFree);
            return rtrGate(a);
        } finally {
            a.raw.delete();
        }
    }

    /**
     * The stage after a walk-run session: two pain-free sessions in a row move up a stage, a
     * painful one goes back a stage.
     * @return {next stage, next clean streak}
     */
    public static int[] rtrAdvance(int stage, int cleanStreak, boolean painFree) {
        int[] next = new int[1];
        int[] streak = new int[1];
        capi.calfcare_progression_rtr_advance(stage, cleanStreak, painFree ? 1 : 0, next, streak);
        return new int[] {next[0], streak[0]};
    }

    /* ---- batch ----------------------------------------------------------------------------- */

    /** The batch result: one row of {@link #BATCH_COLUMNS} values per runner. */
    public static final class Batch {
        private final int runners;
        private final double[] table;

        Batch(int runners, double[] table) {
            this.runners = runners;
            this.table = table;
        }

        /** @return number of runners (rows). */
        public int runners() { return runners; }
        /** @return the value of a column for a runner. */
        public double get(int runner, BatchColumn column) {
            if (runner < 0 || runner >= runners)
                throw new IndexOutOfBoundsException("runner " + runner + " of " + runners);
            return table[runner * BATCH_COLUMNS + column.index()];
        }
        /** @return one column for every runner (a copy). */
        public double[] column(BatchColumn column) {
            double[] c = new double[runners];
            for (int r = 0; r < runners; r++)
                c[r] = table[r * BATCH_COLUMNS + column.index()];
            return c;
        }
        /** @return the whole row-major table, runners x {@link #BATCH_COLUMNS} (not a copy). */
        public double[] table() { return table; }
    }

    /**
     * Analyse many runners' daily distances in one call.
     * @param dailyKm runners x days distances, row-major (runner r, day d at {@code r * days + d}), day 0 oldest
     * @param runners number of runners
     * @param days    days per runner
     * @param params  limit and acute:chronic parameters
     * @return the table of results
     */
    public static Batch batch(double[] dailyKm, int runners, int days, Params params) {
        double[] results = new double[Math.max(runners, 1) * BATCH_COLUMNS];
        batch(dailyKm, runners, days, params, results);
        return new Batch(runners, results);
    }

    /**
     * The same, written into {@code results} (at least runners x {@link #BATCH_COLUMNS} long,
     * row-major): nothing is allocated, for calling in a loop over chunks of a cohort.
     * @throws BufferTooSmallException when {@code results} is too short
     */
    public static void batch(double[] dailyKm, int runners, int days, Params params, double[] results) {
        capi.calfcare_progression_batch(dailyKm, runners, days, params.raw, results);
    }

    /** Every day's acute:chronic ratio for many runners into {@code ratio} (runners x days, row-major). */
    public static void batchAcwr(double[] dailyKm, int runners, int days, Params params, double[] ratio) {
        capi.calfcare_progression_batch_acwr(dailyKm, runners, days, params.raw, ratio);
    }

    // ---- training logs ------------------------------------------------------------------------

    /**
     * Read a training log with the library's format detector and row parser: our own
     * date,distance_km[,duration_min,rpe], Strava's bulk export (current and older layouts) or Garmin
     * Connect's Activities.csv (docs/progression.md). Java splits the CSV (Apache Commons CSV) and puts
     * UTC-stamped runs on local days in {@code tz}.
     * @param path  the CSV file
     * @param tz    an IANA zone (null: the system's)
     * @param units "km" or "mi" for a file that does not say (Garmin), or null
     * @return the log
     * @throws InvalidInputException naming the file's line and column
     * @throws java.io.IOException when the file cannot be read
     */
    public static TrainingLog readLog(java.nio.file.Path path, String tz, String units) throws java.io.IOException {
        return TrainingLog.read(path, tz, units);
    }

    /**
     * Check a log as {@code calfcare check --log} does (every number from the library).
     * @param log            the log ({@link #readLog})
     * @param until          the day the check is as of (null: today in the log's zone); later runs are refused
     * @param since          first day of the window of advice and flagged weeks and runs (null: 8 weeks)
     * @param all            the window is the whole log
     * @param keepDuplicates count second recordings as runs
     * @return the report
     */
    public static LogReport checkLog(TrainingLog log, java.time.LocalDate until, java.time.LocalDate since,
                                     boolean all, boolean keepDuplicates) {
        return LogReport.check(log, until, since, all, keepDuplicates);
    }

    /** {@link #checkLog(TrainingLog, java.time.LocalDate, java.time.LocalDate, boolean, boolean)} with the defaults. */
    public static LogReport checkLog(TrainingLog log, java.time.LocalDate until) {
        return LogReport.check(log, until, null, false, false);
    }
}
