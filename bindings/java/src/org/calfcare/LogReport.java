package org.calfcare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.calfcare.capi.LogWeekArray;
import org.calfcare.capi.calfcare_log_advice;
import org.calfcare.capi.calfcare_log_options;
import org.calfcare.capi.calfcare_log_report;
import org.calfcare.capi.calfcare_log_run;
import org.calfcare.capi.calfcare_log_sizes;
import org.calfcare.capi.calfcare_log_week;
import org.calfcare.capi.capi;

/**
 * Result of {@link Progression#checkLog}: the library's check of a training log (weeks ending on
 * the until date, every run's spike, the acute:chronic ratio, data hygiene and one advice list whose
 * items carry dates). The same numbers as {@code calfcare check --log --json}.
 */
public final class LogReport {
    /** One week: seven days ending on {@link #end}. */
    public static final class Week {
        /** First and last day of the week. */
        public final LocalDate start, end;
        /** Distance, km. */
        public final double km;
        /** Change over the week before, percent (NaN for the first or after a 0 km week). */
        public final double changePct;
        /** Above the weekly increase limit. */
        public final boolean overLimit;
        /** Ends on or after the window's first day. */
        public final boolean inWindow;
        /** Climbing in the log's unit ({@link LogReport#climbUnit}: m, or ft for a log in miles); NaN without elevation. */
        public final double climb;
        /** Climbing's change over the week before, percent (NaN when not defined). */
        public final double climbChangePct;
        /** Climbing above the weekly increase limit. */
        public final boolean climbOverLimit;
        /** Minutes of hard running (the pace proxy); NaN without times. */
        public final double hardMin;
        /** Their change over the week before, percent (NaN when not defined). */
        public final double hardChangePct;
        /** Hard minutes above the weekly increase limit. */
        public final boolean hardOverLimit;

        Week(calfcare_log_week w, int units) {
            end = LogReport.date(w.getEnd_day());
            start = end.minusDays(6);
            km = w.getKm();
            changePct = w.getChange_pct();
            overLimit = w.getOver_limit() != 0;
            inWindow = w.getIn_window() != 0;
            climb = capi.calfcare_log_climb_in_units(w.getClimb_m(), units);
            climbChangePct = w.getClimb_change_pct();
            climbOverLimit = w.getClimb_over_limit() != 0;
            hardMin = w.getHard_min();
            hardChangePct = w.getHard_change_pct();
            hardOverLimit = w.getHard_over_limit() != 0;
        }
    }

    /** One run after the check. */
    public static final class Run {
        /** Local day of the start. */
        public final LocalDate date;
        /** Line in the file. */
        public final long line;
        /** Distance, km. */
        public final double km;
        /** Over the longest run of the previous 30 days, percent (NaN without reference). */
        public final double spikePct;
        /** Spike band word ("no_reference", "within_10", "over_10", "over_30", "over_100"). */
        public final String band;
        /** A second recording of the run before it (not counted unless kept). */
        public final boolean duplicate;
        /** Climbing in the log's unit (m, or ft for a log in miles); NaN when unknown. */
        public final double climb;
        /** How much lower the pace is than the runner's recent median pace, percent (NaN without a reference). */
        public final double pacePct;
        /** The pace proxy: true hard, false not, null not judged. */
        public final Boolean hard;

        Run(calfcare_log_run r, int units) {
            date = LogReport.date(r.getDay());
            line = r.getLine();
            km = r.getKm();
            spikePct = r.getSpike_pct();
            band = capi.calfcare_progression_band_name(r.getBand());
            duplicate = r.getDuplicate() != 0;
            climb = capi.calfcare_log_climb_in_units(r.getClimb_m(), units);
            pacePct = r.getPace_pct();
            hard = r.getHard() < 0 ? null : Boolean.valueOf(r.getHard() != 0);
        }
    }

    /** One advice item: a reason, the latest day it applies to and how often in the window. The
     *  advice schema of every area: code (int), name (word), text, source, strength; and the date. */
    public static final class Advice {
        /** The reason code, a stable int (see {@link Calfcare#reason}). */
        public final int code;
        /** The reason's stable snake_case name, e.g. "weekly_over_limit". */
        public final String name;
        /** Its English text. */
        public final String text;
        /** The source key of the rule (docs/evidence.md). */
        public final String source;
        /** The evidence strength: "S", "M", "W", "C" or "F". */
        public final String strength;
        /** When it happened (the latest day). */
        public final LocalDate date;
        /** How many weeks or runs of the window it applies to. */
        public final long count;

        Advice(calfcare_log_advice a) {
            Reason r = Reason.of(a.getCode());
            code = r.code();
            name = r.name();
            text = r.text();
            source = r.source();
            strength = r.strength();
            date = LogReport.date(a.getDay());
            count = a.getCount();
        }

        /** @return the reason code. */
        public int code() { return code; }
        /** @return the reason's name. */
        public String name() { return name; }
    }

    /** The log checked. */
    public final TrainingLog log;
    /** First run counted, last run counted, the check's last day and the window's first day. */
    public final LocalDate firstDate, lastDate, until, since;
    /** Weeks, oldest first. */
    public final List<Week> weeks;
    /** Every run read (second recordings flagged), by start. */
    public final List<Run> runs;
    /** One advice list, de-duplicated. */
    public final List<Advice> advice;
    /** Runs counted, second recordings found, runs of 0 km. */
    public final long runsCounted, duplicates, zeroKmRuns;
    /** Next week's cap, km (NaN under a week); next run's cap, km. */
    public final double nextWeekMaxKm, nextRunMaxKm;
    /** The acute:chronic ratio on until (NaN without chronic load) and its band word; contested. */
    public final double acwrRatio;
    /** See {@link #acwrRatio}. */
    public final String acwrBand;
    /** The last run is long before until (a note). */
    public final boolean endsEarly;
    /** The log has elevation gain: weekly climbing is checked (Week.climb...). */
    public final boolean hasClimb;
    /** The log has times: the hard minutes are checked (Week.hardMin...). */
    public final boolean hasTime;
    /** Unit of the climbing values: "m", or "ft" for a log in miles. */
    public final String climbUnit;
    /** Next week's climbing cap in {@link #climbUnit} and hard-minutes cap (NaN without them or under a week). */
    public final double nextWeekMaxClimb, nextWeekMaxHardMin;
    /** Runs judged hard, runs not judged, runs without elevation (counted as 0). */
    public final long hardRuns, hardUnknown, climbMissing;

    static LocalDate date(double day) {
        return LocalDate.ofEpochDay((long) day);
    }

    LogReport(TrainingLog log, calfcare_log_report r, LogWeekArray weeksArr) {
        this.log = log;
        firstDate = date(r.getFirst_day());
        lastDate = date(r.getLast_day());
        until = date(r.getUntil());
        since = date(r.getSince());
        int units = "mi".equals(log.units) ? capi.CALFCARE_LOG_UNITS_MI : capi.CALFCARE_LOG_UNITS_KM;
        List<Week> w = new ArrayList<>();
        for (long i = 0; i < r.getWeeks(); i++)
            w.add(new Week(weeksArr.get(i), units));
        weeks = Collections.unmodifiableList(w);
        List<Run> rs = new ArrayList<>();
        for (long i = 0; i < log.runCount; i++)
            rs.add(new Run(log.runs.get(i), units));
        runs = Collections.unmodifiableList(rs);
        List<Advice> a = new ArrayList<>();
        for (long i = 0; i < r.getAdvice_count(); i++)
            a.add(new Advice(r.advice_at(i)));
        advice = Collections.unmodifiableList(a);
        runsCounted = r.getRuns();
        duplicates = r.getDuplicates();
        zeroKmRuns = r.getZero_km();
        nextWeekMaxKm = r.getWeeks() > 0 ? r.getWeekly().getNext_week_max() : Double.NaN;
        nextRunMaxKm = r.getSpikes().getNext_run_max_km();
        acwrRatio = r.getAcwr().getRatio();
        acwrBand = capi.calfcare_progression_acwr_band_name(r.getAcwr().getBand());
        endsEarly = r.getStale() != 0;
        hasClimb = r.getHas_climb() != 0;
        hasTime = r.getHas_time() != 0;
        climbUnit = capi.calfcare_log_climb_unit(units);
        nextWeekMaxClimb = hasClimb && r.getWeeks() > 0
                ? capi.calfcare_log_climb_in_units(r.getClimb().getNext_week_max(), units) : Double.NaN;
        nextWeekMaxHardMin = hasTime && r.getWeeks() > 0 ? r.getHard().getNext_week_max() : Double.NaN;
        hardRuns = r.getHard_runs();
        hardUnknown = r.getHard_unknown();
        climbMissing = r.getClimb_missing();
    }

    static LogReport check(TrainingLog log, LocalDate until, LocalDate since, boolean all, boolean keepDuplicates) {
        calfcare_log_options o = new calfcare_log_options();
        capi.calfcare_log_options_init(o);
        LocalDate u = until != null ? until : LocalDate.now(TrainingLog.zone(log.tz));
        o.setUntil(u.toEpochDay());
        if (since != null && all)
            throw InvalidInputException.of("since", "since: give since or all, not both");
        if (since != null) {
            if (since.isAfter(u))
                throw InvalidInputException.of("since", "since: " + since + " is after until " + u);
            o.setSince(since.toEpochDay());
        }
        o.setAll(all ? 1 : 0);
        o.setKeep_duplicates(keepDuplicates ? 1 : 0);
        calfcare_log_sizes sz = new calfcare_log_sizes();
        calfcare_log_report rep = new calfcare_log_report();
        try {
            capi.calfcare_log_check_size(log.runs.cast(), log.runCount, o, sz);
            double[] work = new double[Math.toIntExact(sz.getWork_n())];
            LogWeekArray weeks = new LogWeekArray(Math.toIntExact(sz.getWeeks_n()));
            capi.calfcare_log_check(log.runs.cast(), log.runCount, o, work, weeks.cast(), sz.getWeeks_n(), rep);
            return new LogReport(log, rep, weeks);
        } catch (CalfcareException e) {
            throw TrainingLog.located(e, ("day".equals(e.field()) ? "until: " : "") + log.path, null, null);
        }
    }
}
