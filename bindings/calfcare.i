/*
 * SWIG interface for the libcalfcare C API: one language-neutral file. Everything specific to a
 * language (exceptions, buffer typemaps, those of every area) lives in
 * bindings/<language>/calfcare-<language>.swg, included below; the area sections at the end only
 * apply typemaps to argument names and add accessors. The Pythonic layer
 * (bindings/python/calfcare/) and the Java facade (bindings/java/src/) sit on top.
 *
 * Conventions the typemaps rely on:
 * - every function that can fail returns calfcare_status and takes `calfcare_error *err` last;
 *   a negative status becomes an exception built from err (field, range, message);
 * - output structs are created by the caller (the host's proxy object) and passed in;
 * - members ending in '_' are private and not wrapped.
 */
%module(package="calfcare") capi

%{
#define SWIG_FILE_WITH_INIT
#include <calfcare.h>
%}

%include <stdint.i>
%include <typemaps.i>

/* A lone `double *out` is a returned value in the host language, and so is the value of every
 * _parse() (`int *value`, `unsigned *value` for a care-kind bit). */
%apply double *OUTPUT { double *out };
%apply int *OUTPUT { int *value };
%apply unsigned int *OUTPUT { unsigned *value };

/* Private members and anything that ends in '_' stay out of the bindings. */
%rename("$ignore", regexmatch$name="_$") "";

#if defined(SWIGPYTHON)
%include "python/calfcare-python.swg"
#endif
#if defined(SWIGJAVA)
%include "java/calfcare-java.swg"
#endif

/* Static description tables are read-only from the host. */
%immutable;
%include <calfcare/version.h>
%include <calfcare/common.h>
/* What the host declares once common.h is read (the Java int constants of the status list). */
CC_HOST_AFTER_COMMON
/* The accepted words of a CHOICE field, one by one (NULL / None past the last). */
%extend calfcare_input_field {
    const char *choice(size_t i) const {
        size_t k;
        if (!$self->choices)
            return NULL;
        for (k = 0; k < i; k++)
            if (!$self->choices[k])
                return NULL;
        return $self->choices[i];
    }
}
%include <calfcare/input.h>
/* The parameter tables (calfcare/params.h): the rows are read-only descriptions; the structs are set
 * through their table with the typed set_field()/set_field_text() below, not the void * calls. */
%ignore calfcare_params_set;
%ignore calfcare_params_set_text;
%ignore calfcare_params_get;
%include <calfcare/params.h>
%define CC_PARAMS_SETTERS(T, TABLE)
%extend T {
    /* Member id of the struct from a number, checked against the table (calfcare_params_set()). */
    calfcare_status set_field(int id, double value, calfcare_error *err) {
        return calfcare_params_set(TABLE, $self, sizeof *$self, id, value, err);
    }
    /* Member id from text as a user types it, a number or a choice's word (calfcare_params_set_text()). */
    calfcare_status set_field_text(int id, const char *text, calfcare_error *err) {
        return calfcare_params_set_text(TABLE, $self, sizeof *$self, id, text, err);
    }
}
%enddef
CC_PARAMS_SETTERS(calfcare_relief_params, CALFCARE_PARAMS_TABLE_RELIEF)
CC_PARAMS_SETTERS(calfcare_progression_params, CALFCARE_PARAMS_TABLE_PROGRESSION)
CC_PARAMS_SETTERS(calfcare_progression_plan_params, CALFCARE_PARAMS_TABLE_PLAN)
CC_PARAMS_SETTERS(calfcare_progression_rtr_gate_input, CALFCARE_PARAMS_TABLE_RTR_GATE)
%mutable;

/* ---- areas ------------------------------------------------------------------------------ */
/* diagnosis */
/* Fixed arrays inside the result structs are read through bounds-checked accessors (SWIG wraps
 * an array member only as a bare pointer). The returned structs point into their parent: the
 * Pythonic layer (calfcare/diagnosis.py) copies them out at once. */
%extend calfcare_diagnosis {
    const calfcare_diagnosis_cause_score *cause_at(unsigned i) const {
        return i < CALFCARE_DIAGNOSIS_CAUSE_COUNT ? &$self->causes[i] : NULL;
    }
    const calfcare_diagnosis_flag *flag_at(unsigned i) const {
        return i < $self->flag_count && i < CALFCARE_DIAGNOSIS_MAX_FLAGS ? &$self->flags[i] : NULL;
    }
    const calfcare_diagnosis_advice *advice_at(unsigned i) const {
        return i < $self->advice_count && i < CALFCARE_DIAGNOSIS_MAX_ADVICE ? &$self->advice[i] : NULL;
    }
    /* blocked.flag[i]: the red flag that blocks care kind bit i (CALFCARE_FLAG_NONE if allowed). */
    int blocked_flag_at(unsigned i) const {
        return i < CALFCARE_CARE_KIND_COUNT ? $self->blocked.flag[i] : CALFCARE_FLAG_NONE;
    }
}
%extend calfcare_diagnosis_cause_score {
    int reason_at(unsigned i) const {
        return i < $self->reason_count && i < CALFCARE_DIAGNOSIS_MAX_REASONS ? $self->reasons[i] : 0;
    }
}
%extend calfcare_diagnosis_flag {
    int reason_at(unsigned i) const {
        return i < $self->reason_count && i < CALFCARE_DIAGNOSIS_MAX_REASONS ? $self->reasons[i] : 0;
    }
}
/* The safety gate's rows are static and read-only. */
%immutable calfcare_diagnosis_gate_rule::why;
%immutable calfcare_diagnosis_gate_rule::source;
%include <calfcare/diagnosis.h>


/* relief */
/* Python drives the timer one event at a time with calfcare_relief_timer_poll(). */
%ignore calfcare_relief_timer_update;
/* A host timer keeps its steps right behind its state, in the same allocation: room for the longest
 * protocol. init and restore take that room (arg1 is the timer; check typemaps run after every argument is converted) instead of a
 * host argument, so the host calls stay init(timer, protocol) and restore(timer, blob). */
%extend calfcare_relief_timer {
    calfcare_relief_timer() {
        return (calfcare_relief_timer *)calloc(1, sizeof(calfcare_relief_timer) +
                                                     CALFCARE_RELIEF_MAX_STEPS * sizeof(calfcare_relief_timer_step));
    }
    ~calfcare_relief_timer() {
        free($self);
    }
}
%typemap(in, numinputs=0) (calfcare_relief_timer_step *steps, size_t cap) {
    $1 = NULL;
    $2 = 0;
}
%typemap(check) (calfcare_relief_timer_step *steps, size_t cap) {
    $1 = arg1 ? (calfcare_relief_timer_step *)(arg1 + 1) : NULL;
    $2 = CALFCARE_RELIEF_MAX_STEPS;
}
%ignore calfcare_relief_timer::steps_;
/* Steps and advice of a built protocol by index (fixed arrays are not indexable from the host). */
%extend calfcare_relief_protocol {
    const calfcare_relief_step *step_at(size_t i) const { return i < $self->count ? &$self->steps[i] : NULL; }
    int advice_at(size_t i) const { return i < $self->advice_count ? $self->advice[i] : 0; }
}
%include <calfcare/relief.h>


/* progression */
%include <typemaps.i>
/* Series in: zero-copy for C-contiguous float64 buffers (numpy), other sequences converted. */
%apply (const double *IN_ARRAY, size_t IN_LEN) {
    (const double *weekly_km, size_t weekly_km_n), (const double *weekly_load, size_t weekly_load_n),
    (const double *weekly_climb_m, size_t weekly_climb_m_n), (const double *weekly_hard_min, size_t weekly_hard_min_n),
    (const double *daily_km, size_t daily_km_n), (const double *daily_load, size_t daily_load_n),
    (const double *run_day, size_t run_day_n), (const double *run_km, size_t run_km_n) };
/* Series out: caller-allocated writable float64 buffers (numpy.empty(n)). */
%apply (double *OUT_ARRAY, size_t OUT_LEN) {
    (double *change_pct, size_t change_pct_len), (double *spike_pct, size_t spike_pct_len),
    (double *acute, size_t acute_len), (double *chronic, size_t chronic_len), (double *ratio, size_t ratio_len),
    (double *results, size_t results_len), (double *weekly_km, size_t weekly_km_len),
    (double *weekly_load, size_t weekly_load_len) };
%apply size_t *OUTPUT { size_t *weekly_n };
/* Scalar outputs become return values (`double *out` already is, for every header). */
%apply double *OUTPUT { double *load };
%apply int *OUTPUT { int *decay, int *coupling, int *seed, int *next_stage, int *next_streak };
/* Flags and bands out: a writable buffer of 1-byte items filled in place. */
%apply (unsigned char *OUT_BYTES, size_t OUT_LEN) {
    (unsigned char *over_limit, size_t over_limit_len), (unsigned char *band, size_t band_len) };
/* Static strings of the return-to-run gate are read-only. */
%immutable calfcare_progression_rtr_gate_item::name;
%immutable calfcare_progression_rtr_gate_item::text;
/* Fixed-size arrays inside result structs: element accessors (index beyond the count gives 0 / a zero item). */
%define CC_PROGRESSION_ADVICE(T)
%extend T {
    int advice_at(size_t i) const { return i < $self->advice_count ? $self->advice[i] : 0; }
}
%enddef
CC_PROGRESSION_ADVICE(calfcare_progression_weekly_result)
CC_PROGRESSION_ADVICE(calfcare_progression_spike_result)
CC_PROGRESSION_ADVICE(calfcare_progression_acwr_result)
CC_PROGRESSION_ADVICE(calfcare_progression_plan)
CC_PROGRESSION_ADVICE(calfcare_progression_rtr)
%extend calfcare_progression_spike_result {
    size_t band_count_at(size_t b) const { return b < CALFCARE_PROGRESSION_BAND_COUNT ? $self->band_count[b] : 0; }
}
CC_PROGRESSION_ADVICE(calfcare_progression_rtr_gate_result)
%extend calfcare_progression_rtr_gate_result {
    int item_at(size_t i) const { return i < CALFCARE_PROGRESSION_RTR_GATE_ITEMS ? $self->item[i] : -1; }
}
%extend calfcare_progression_plan {
    calfcare_progression_plan_week week_at(size_t i) const {
        calfcare_progression_plan_week w;
        memset(&w, 0, sizeof w);
        if (i < $self->count && i < CALFCARE_PROGRESSION_PLAN_MAX_WEEKS)
            w = $self->week[i];
        return w;
    }
}
%extend calfcare_progression_rtr {
    calfcare_progression_rtr_gate_item gate_at(size_t i) const {
        calfcare_progression_rtr_gate_item g;
        memset(&g, 0, sizeof g);
        g.name = "";
        g.text = "";
        if (i < $self->gate_count && i < CALFCARE_PROGRESSION_RTR_GATE_ITEMS)
            g = $self->gate[i];
        return g;
    }
    calfcare_progression_rtr_stage stage_at(size_t i) const {
        calfcare_progression_rtr_stage s;
        memset(&s, 0, sizeof s);
        if (i < $self->stage_count && i < CALFCARE_PROGRESSION_RTR_STAGES)
            s = $self->stage[i];
        return s;
    }
}
/* Training logs: the runs and weeks of a check are C arrays the host allocates (LogRunArray,
 * LogWeekArray); a row's fields come in as a list (Python) or String[] (Java). Skipped activity types
 * are read through the reader's accessors; dates are formatted by the host from day numbers. */
%include <carrays.i>
%array_class(calfcare_log_run, LogRunArray);
%array_class(calfcare_log_week, LogWeekArray);
/* Element access by name (the '_$' rule above hides __getitem__ / __setitem__). No bounds are known:
 * the host wrappers check the index against the length they allocated. */
%extend LogRunArray {
    calfcare_log_run get(size_t i) { return ((calfcare_log_run *)$self)[i]; }
    void set(size_t i, const calfcare_log_run *run) { ((calfcare_log_run *)$self)[i] = *run; }
}
%extend LogWeekArray {
    calfcare_log_week get(size_t i) { return ((calfcare_log_week *)$self)[i]; }
}
%ignore calfcare_log_skipped_type;
%ignore calfcare_log_date_format;
%extend calfcare_log_reader {
    const char *skipped_name(size_t i) const {
        const char *name = calfcare_log_skipped_type($self, i, NULL);
        return name ? name : "";
    }
    size_t skipped_count(size_t i) const {
        size_t n = 0;
        return calfcare_log_skipped_type($self, i, &n) ? n : 0;
    }
}
%extend calfcare_log_report {
    calfcare_log_advice advice_at(size_t i) const {
        calfcare_log_advice a;
        memset(&a, 0, sizeof a);
        if (i < $self->advice_count && i < CALFCARE_LOG_MAX_ADVICE)
            a = $self->advice[i];
        return a;
    }
}
%apply (double *OUT_ARRAY, size_t OUT_LEN) { (double *work, size_t work_len) };
%include <calfcare/progression.h>
%include <calfcare/log.h>


/* shoes */
/* Element access for the fixed arrays of the result (SWIG cannot index struct arrays). The
 * returned objects point into the result: copy them before the result goes away (shoes.py does). */
%extend calfcare_shoes_advice {
    const calfcare_shoes_advice_item *advice_item(size_t i) const {
        return i < $self->advice_count && i < CALFCARE_SHOES_MAX_ADVICE ? &$self->advice[i] : NULL;
    }
    const calfcare_shoes_week *plan_week(size_t i) const {
        return i < $self->plan_count && i < CALFCARE_SHOES_MAX_PLAN_WEEKS ? &$self->plan[i] : NULL;
    }
}
/* Chart descriptions point at static strings in the library: read-only from the host. */
%immutable calfcare_shoes_chart::name;
%immutable calfcare_shoes_chart::title;
%immutable calfcare_shoes_chart::source;
%immutable calfcare_shoes_chart::read_on;
%immutable calfcare_shoes_chart::note;
%include <calfcare/shoes.h>


#if defined(SWIGPYTHON)
/* Conversions in C for the Pythonic layer (keyword arguments in, diagnosis objects out). */
%include "python/calfcare-python-convert.swg"
#endif
