package org.calfcare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.calfcare.capi.calfcare_diagnosis;
import org.calfcare.capi.calfcare_diagnosis_advice;
import org.calfcare.capi.calfcare_diagnosis_cause_score;
import org.calfcare.capi.calfcare_diagnosis_flag;
import org.calfcare.capi.calfcare_input;
import org.calfcare.capi.capi;

/**
 * Result of {@link Calfcare#diagnose(Inputs)}: the triage, all five causes ranked by score with
 * the reasons behind each score, the red flags, the Wells DVT score, the kinds of self-care the
 * red flags block and concrete advice. Immutable; rules, weights and sources in docs/diagnosis.md.
 */
public final class Diagnosis {
    /** One cause with its score (0..1) and the rules that gave it. */
    public static final class CauseScore {
        private final Cause cause;
        private final double score;
        private final List<Reason> reasons;

        CauseScore(Cause cause, double score, List<Reason> reasons) {
            this.cause = cause;
            this.score = score;
            this.reasons = reasons;
        }

        /** @return the cause. */
        public Cause cause() { return cause; }
        /** @return 0..1: min(1, sum of the rules' weights); 0 without evidence. */
        public double score() { return score; }
        /** @return the rules that matched, in rule order. */
        public List<Reason> reasons() { return reasons; }

        @Override public String toString() { return String.format(java.util.Locale.ROOT, "%s %.2f %s", cause.word(), score, reasons); }
    }

    /** A red flag with the triage level it calls for and the findings that raised it. */
    public static final class Finding {
        private final RedFlag flag;
        private final Triage triage;
        private final List<Reason> reasons;

        Finding(RedFlag flag, Triage triage, List<Reason> reasons) {
            this.flag = flag;
            this.triage = triage;
            this.reasons = reasons;
        }

        /** @return the red flag. */
        public RedFlag flag() { return flag; }
        /** @return the triage level this flag calls for. */
        public Triage triage() { return triage; }
        /** @return the findings that raised it. */
        public List<Reason> reasons() { return reasons; }

        @Override public String toString() { return flag.word() + " (" + triage.word() + ") " + reasons; }
    }

    /** A piece of advice (codes 1200-1299): code, English text with the numbers filled in, and the number. */
    public static final class Advice extends AdviceText {
        private final double value;

        Advice(Reason reason, String text, double value) {
            super(reason, text);
            this.value = value;
        }

        /** @return the number it is about (km, steps/min, mm...), empty when there is none. */
        public OptionalDouble value() { return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value); }
    }

    private final Triage triage;
    private final RedFlag triageFlag;
    private final List<CauseScore> causes;
    private final List<Finding> redFlags;
    private final OptionalInt wellsScore;
    private final String wellsBand;
    private final Blocked blocked;
    private final List<Advice> advice;

    private Diagnosis(calfcare_diagnosis dx) {
        triage = Triage.fromCode(dx.getTriage());
        triageFlag = RedFlag.fromCode(dx.getTriage_flag());
        List<CauseScore> cs = new ArrayList<>();
        for (int i = 0; i < capi.CALFCARE_DIAGNOSIS_CAUSE_COUNT; i++) {
            calfcare_diagnosis_cause_score c = dx.cause_at(i);
            List<Reason> rs = new ArrayList<>();
            for (int k = 0; k < c.getReason_count(); k++)
                rs.add(Reason.of(c.reason_at(k)));
            cs.add(new CauseScore(Cause.fromCode(c.getCause()), c.getScore(), Collections.unmodifiableList(rs)));
        }
        causes = Collections.unmodifiableList(cs);
        List<Finding> fs = new ArrayList<>();
        for (int i = 0; i < dx.getFlag_count(); i++) {
            calfcare_diagnosis_flag f = dx.flag_at(i);
            List<Reason> rs = new ArrayList<>();
            for (int k = 0; k < f.getReason_count(); k++)
                rs.add(Reason.of(f.reason_at(k)));
            fs.add(new Finding(RedFlag.fromCode(f.getFlag()), Triage.fromCode(f.getTriage()), Collections.unmodifiableList(rs)));
        }
        redFlags = Collections.unmodifiableList(fs);
        wellsScore = dx.getWells_known() != 0 ? OptionalInt.of(dx.getWells_score()) : OptionalInt.empty();
        wellsBand = capi.calfcare_diagnosis_wells_band_name(dx.getWells_band());
        blocked = Blocked.of(dx);
        List<Advice> as = new ArrayList<>();
        for (int i = 0; i < dx.getAdvice_count(); i++) {
            calfcare_diagnosis_advice a = dx.advice_at(i);
            as.add(new Advice(Reason.of(a.getCode()), a.getText(), a.getValue()));
        }
        advice = Collections.unmodifiableList(as);
    }

    static Diagnosis of(calfcare_input in) {
        calfcare_diagnosis dx = new calfcare_diagnosis();
        try {
            capi.calfcare_diagnosis_assess(in, dx);
            return new Diagnosis(dx);
        } finally {
            dx.delete(); /* also keeps dx alive while its parts are read */
        }
    }

    /** @return what the runner should do. */
    public Triage triage() { return triage; }
    /** @return the red flag that decided the triage, null without red flags. */
    public RedFlag triageFlag() { return triageFlag; }
    /** @return all five causes, highest score first (ties in {@link Cause} order). */
    public List<CauseScore> causes() { return causes; }
    /** @return the highest-scoring cause. */
    public CauseScore topCause() { return causes.get(0); }
    /** @return the red flags, most serious first; empty when there are none. */
    public List<Finding> redFlags() { return redFlags; }
    /** @return the Wells DVT score (-2..9), empty when no Wells item was given. */
    public OptionalInt wellsScore() { return wellsScore; }
    /** @return the Wells score's pretest probability: "low", "moderate", "high" (Wells 1997; a low band never
     *  rules a clot out), or "not_assessed" when no Wells item was given. */
    public String wellsBand() { return wellsBand; }
    /** @return the kinds of self-care the red flags block; give it to {@link Relief#build}. */
    public Blocked blocked() { return blocked; }
    /** @return the advice, most important first. */
    public List<Advice> advice() { return advice; }

    @Override
    public String toString() {
        return "Diagnosis{triage=" + triage.word() + ", causes=" + causes + ", redFlags=" + redFlags
                + ", wells=" + wellsScore + " " + wellsBand + ", blocked=" + blocked.kinds() + ", advice=" + advice.size() + " items}";
    }
}
