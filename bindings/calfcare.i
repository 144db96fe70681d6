/*
 * SWIG interface for the libcalfcare C API: one language-neutral file. Language-specific
 * typemaps (exceptions, buffers) live in bindings/<language>/*.swg; area-specific ones in the
 * area sections at the end. The Pythonic layer (bindings/python/calfcare/) sits on top.
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

/* Private members and anything that ends in '_' stay out of the bindings. */
%rename("$ignore", regexmatch$name="_$") "";

#if defined(SWIGPYTHON)
%include "python/calfcare-python.swg"
#endif

/* Static description tables are read-only from the host. */
%immutable;
%include <calfcare/version.h>
%include <calfcare/common.h>
%include <calfcare/input.h>
%mutable;

/* ---- areas ------------------------------------------------------------------------------ */
/* diagnosis */
/* Fixed arrays inside the result structs are read through bounds-checked accessors (SWIG wraps
 * an array member only as a bare pointer). The returned structs point into their parent: the
 * Pythonic layer (calfcare/diagnosis.py) copies them out at once. */
%extend calfcare_diagnosis {
    const calfcare_dx_cause *cause_at(unsigned i) const {
        return i < CALFCARE_DIAGNOSIS_CAUSE_COUNT ? &$self->causes[i] : NULL;
    }
    const calfcare_dx_flag *flag_at(unsigned i) const {
        return i < $self->flag_count && i < CALFCARE_DIAGNOSIS_MAX_FLAGS ? &$self->flags[i] : NULL;
    }
    const calfcare_dx_advice *advice_at(unsigned i) const {
        return i < $self->advice_count && i < CALFCARE_DIAGNOSIS_MAX_ADVICE ? &$self->advice[i] : NULL;
    }
    /* blocked.flag[i]: the red flag that blocks care kind bit i (CALFCARE_FLAG_NONE if allowed). */
    int blocked_flag_at(unsigned i) const {
        return i < CALFCARE_CARE_KIND_COUNT ? $self->blocked.flag[i] : CALFCARE_FLAG_NONE;
    }
}
%extend calfcare_dx_cause {
    int reason_at(unsigned i) const {
        return i < $self->reason_count && i < CALFCARE_DIAGNOSIS_MAX_REASONS ? $self->reasons[i] : 0;
    }
}
%extend calfcare_dx_flag {
    int reason_at(unsigned i) const {
        return i < $self->reason_count && i < CALFCARE_DIAGNOSIS_MAX_REASONS ? $self->reasons[i] : 0;
    }
}
%include <calfcare/diagnosis.h>


/* relief */
%include <calfcare/relief.h>


/* progression */
%include <calfcare/progression.h>


/* shoes */
%include <calfcare/shoes.h>

