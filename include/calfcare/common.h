/**
 * @file calfcare/common.h
 * @brief What every libcalfcare area shares: status codes, error details, version, export macro.
 *
 * Conventions used by every function of the library:
 * - Functions that can fail return ::calfcare_status: 0 (#CALFCARE_OK) on success, a negative
 *   value on failure. Values are explicit and never renumbered; new codes are only appended.
 * - Functions that take caller data also take a `calfcare_error *err` as their last argument.
 *   It may be NULL. On failure it says which input field was wrong, the value, the accepted
 *   range and an English sentence (see ::calfcare_error). On success it is left untouched.
 * - The library never allocates memory, never prints, keeps no global mutable state and is
 *   reentrant: separate objects may be used from separate threads at the same time.
 * - Field names are snake_case and match the `calfcare` program's options with `_` for `-`
 *   (the field `heel_raises` is the option `--heel-raises`).
 *
 * @since 1.0.0 (every declaration in this file unless its own comment says otherwise)
 */
#ifndef CALFCARE_COMMON_H
#define CALFCARE_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @cond INTERNAL */
#if defined(CALFCARE_BUILDING) && defined(__GNUC__)
#define CALFCARE_API __attribute__((visibility("default")))
#else
#define CALFCARE_API
#endif
/** @endcond */

/**
 * Result of a libcalfcare call. 0 is success, errors are negative.
 * The numbers are part of the ABI: they are never changed or reused; new ones are appended.
 */
typedef enum calfcare_status {
    CALFCARE_OK = 0,             /**< Success. */
    CALFCARE_E_NULL = -1,        /**< A required pointer argument was NULL. */
    CALFCARE_E_INVALID = -2,     /**< An input value is out of range, not finite, or not an accepted word;
                                      ::calfcare_error names the field and the accepted range. */
    CALFCARE_E_BUFFER = -3,      /**< A caller-provided buffer is too small (or its length is impossible). */
    CALFCARE_E_BLOCKED = -4,     /**< Refused for safety: a red flag blocks this kind of self-care. */
    CALFCARE_E_TOO_SOON = -5,    /**< Refused for safety: not enough time since the previous application. */
    CALFCARE_E_STATE = -6,       /**< The object is not initialised, is of the wrong kind, or is corrupt
                                      (for example a saved timer state that fails its check). */
    CALFCARE_E_UNSUPPORTED = -7  /**< The request is valid but not supported by this build or version. */
} calfcare_status;

/**
 * Every status once, for code that needs a table of them (the library's names and texts, the
 * bindings' exception tables): `X(NAME, value, kind, text)` with NAME the ::calfcare_status name
 * without `CALFCARE_`, its value, the kind of failure (a CamelCase word the bindings append their
 * suffix to: `InvalidInput` -> Python `InvalidInputError`, Java `InvalidInputException`; `Calfcare`
 * for success) and the English text calfcare_strerror() returns. lib/common.c checks at compile time
 * that the list and the enum agree. Append-only, like the enum.
 */
#define CALFCARE_STATUS_LIST(X)                                                                   \
    X(OK, 0, Calfcare, "success")                                                                 \
    X(E_NULL, -1, InvalidInput, "a required pointer argument was NULL")                          \
    X(E_INVALID, -2, InvalidInput, "invalid input value")                                         \
    X(E_BUFFER, -3, BufferTooSmall, "buffer too small")                                           \
    X(E_BLOCKED, -4, Blocked, "refused for safety: blocked by a red flag")                        \
    X(E_TOO_SOON, -5, TooSoon, "refused for safety: too soon after the previous application")     \
    X(E_STATE, -6, State, "object not initialised, of the wrong kind, or corrupt")                \
    X(E_UNSUPPORTED, -7, Unsupported, "not supported")

/** Size of the message buffer in ::calfcare_error, bytes including the terminating NUL. */
#define CALFCARE_ERROR_MESSAGE_SIZE 224

/**
 * Details of a failed call, filled by the library when a call returns an error.
 *
 * The caller owns it (a stack variable is fine) and passes its address as the last argument.
 * Example messages: `cadence: 400 is outside the accepted range; accepted: 120 to 240 steps/min`
 * (a number), `warmup: unknown word 'often'; accepted: never|sometimes|always` (a word: every
 * _parse() and every input schema says it so).
 * A firmware built with CMake's CALFCARE_MESSAGES=short keeps only a range check's numbers in
 * @c message (`ice_ms: 1300000 not in 900000..1200000 ms`), with `none` no message at all; the
 * status and the field are always set (docs/embedding.md). Hosts always have full messages.
 */
typedef struct calfcare_error {
    calfcare_status status;  /**< The same status the call returned. */
    const char *field;       /**< The input field at fault (static string, snake_case), or "" if none. */
    double value;            /**< The rejected value when it was a number, else NaN. */
    double min;              /**< Smallest accepted value of the field, or NaN when no range applies. */
    double max;              /**< Largest accepted value of the field, or NaN when no range applies. */
    char message[CALFCARE_ERROR_MESSAGE_SIZE]; /**< English sentence naming the field and what is accepted. */
    int reserved_[4];        /**< @private zero (calfcare_error_clear()); room to grow without breaking the ABI. */
} calfcare_error;

/**
 * Reset an error record to "no error" (status #CALFCARE_OK, empty field and message, NaN numbers).
 * @param err record to reset; NULL is ignored.
 */
CALFCARE_API void calfcare_error_clear(calfcare_error *err);

/**
 * Short English description of a status code.
 * @param status a ::calfcare_status value (any int is accepted).
 * @return a static string; "unknown status" for values the library does not define.
 */
CALFCARE_API const char *calfcare_strerror(int status);

/**
 * Symbolic name of a status code, e.g. "CALFCARE_E_INVALID".
 * @param status a ::calfcare_status value (any int is accepted).
 * @return a static string; "CALFCARE_E_UNKNOWN" for values the library does not define.
 */
CALFCARE_API const char *calfcare_status_name(int status);

/**
 * The value of a word of a status ("CALFCARE_OK", "CALFCARE_E_INVALID", ...; field "status"): the inverse of the matching _name() function.
 * @param word  the word, exactly as the _name() function spells it.
 * @param value receives the value.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID naming the field and listing the
 *         accepted words.
 */
CALFCARE_API calfcare_status calfcare_status_parse(const char *word, int *value, calfcare_error *err);

/**
 * Version of the library that is running, "MAJOR.MINOR.PATCH".
 * Equal to #CALFCARE_VERSION_STRING when the headers match the library.
 * @return a static string.
 */
CALFCARE_API const char *calfcare_version_string(void);

/** @return the running library's major version (compare with #CALFCARE_VERSION_MAJOR). */
CALFCARE_API int calfcare_version_major(void);
/** @return the running library's minor version (compare with #CALFCARE_VERSION_MINOR). */
CALFCARE_API int calfcare_version_minor(void);
/** @return the running library's patch version (compare with #CALFCARE_VERSION_PATCH). */
CALFCARE_API int calfcare_version_patch(void);

/**
 * A reason or advice code: why a score, flag or piece of advice was given.
 *
 * Codes are stable integers (never renumbered or reused) so that apps can translate the text and
 * audit the rule. Each area owns a range: 1000-1999 diagnosis, 2000-2999 relief,
 * 3000-3999 progression, 4000-4999 shoes.
 */
typedef struct calfcare_reason {
    int code;             /**< The stable code. */
    const char *name;     /**< Stable snake_case key, e.g. "cadence_low". */
    const char *text;     /**< Short English text. */
    const char *source;   /**< Source key of the rule, e.g. "heiderscheit2011" (each key resolves in docs/evidence.md). */
    const char *strength; /**< Evidence strength: "S" strong, "M" moderate, "W" weak/practice, "C" contested,
                               "F" fixed safety rule. */
} calfcare_reason;

/**
 * Look up a reason or advice code of any area (links every area's text table; firmware that shows
 * one area's texts calls that area's own calfcare_<area>_reason_lookup(), declared in its header).
 * @return a static description, or NULL if the code is not defined (always NULL in a build
 *         without texts: docs/embedding.md).
 */
CALFCARE_API const calfcare_reason *calfcare_reason_lookup(int code);

/**
 * Look up @p code in a caller's table, e.g. translated texts keyed by the same stable codes (the
 * library's own tables are not needed then: build it without texts).
 * @param table the caller's entries, in any order (NULL with @p n 0 is allowed)
 * @param n     number of entries
 * @param code  the code to find
 * @return the first entry with that code, or NULL.
 */
CALFCARE_API const calfcare_reason *calfcare_reason_find_in(const calfcare_reason *table, size_t n, int code);

/**
 * Red flags: findings that must go to a clinician and block self-treatment. Stable values,
 * append-only. Produced by the diagnosis (calfcare/diagnosis.h); used by relief to refuse steps.
 */
typedef enum calfcare_red_flag {
    CALFCARE_FLAG_NONE = 0,               /**< No red flag. */
    CALFCARE_FLAG_DVT = 1,                /**< Possible deep-vein thrombosis (Wells items, DVT signs). */
    CALFCARE_FLAG_ACHILLES_RUPTURE = 2,   /**< Achilles tendon rupture picture (pop, weak push-off, Thompson, gap). */
    CALFCARE_FLAG_CALF_TEAR = 3,          /**< Calf muscle tear ("tennis leg"): pop with bruising. */
    CALFCARE_FLAG_EXERTIONAL = 4,         /**< Exertional compartment syndrome / popliteal artery entrapment pattern. */
    CALFCARE_FLAG_STRESS_FRACTURE = 5,    /**< Stress fracture signs (focal bone tenderness, pain on hopping, night pain). */
    CALFCARE_FLAG_SYSTEMIC = 6,           /**< Systemic illness (fever). */
    CALFCARE_FLAG_NERVE = 7,              /**< Numbness or tingling without the exertional pattern. */
    CALFCARE_FLAG_CANNOT_BEAR_WEIGHT = 8, /**< Cannot walk four steps. */
    CALFCARE_FLAG_REST_NIGHT_PAIN = 9,    /**< Pain at rest or at night without another explanation. */
    CALFCARE_FLAG_UNNAMED = 100           /**< Not a finding: in a ::calfcare_blocked filled by a caller, a care kind
                                               blocked without naming the red flag (a caller that kept only the
                                               list of blocked kinds). It blocks as a red flag does; the
                                               diagnosis never raises it, and it is outside 0 ..
                                               #CALFCARE_FLAG_COUNT - 1. Word "unnamed". */
} calfcare_red_flag;

/** Number of red-flag values including #CALFCARE_FLAG_NONE (for array sizes). */
#define CALFCARE_FLAG_COUNT 10

/**
 * snake_case name of a red flag, as used in JSON and the CLI ("dvt", "achilles_rupture", ...).
 * @return a static string; "none" for #CALFCARE_FLAG_NONE, "unnamed" for #CALFCARE_FLAG_UNNAMED,
 *         "unknown" for undefined values.
 */
CALFCARE_API const char *calfcare_red_flag_name(int flag);

/**
 * The value of a word of a red flag ("none", "dvt", ... "rest_night_pain", "unnamed"; field "red_flag"): the inverse of the matching _name() function.
 * @param word  the word, exactly as the _name() function spells it.
 * @param value receives the value.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID naming the field and listing the
 *         accepted words.
 */
CALFCARE_API calfcare_status calfcare_red_flag_parse(const char *word, int *value, calfcare_error *err);

/** Kinds of self-care a red flag can block (bit values, combinable). Stable, append-only. */
typedef enum calfcare_care_kind {
    CALFCARE_CARE_MASSAGE = 1 << 0,   /**< Massage of the calf. */
    CALFCARE_CARE_FOAM_ROLL = 1 << 1, /**< Foam rolling or a massage ball. */
    CALFCARE_CARE_STRETCH = 1 << 2,   /**< Stretching. */
    CALFCARE_CARE_ICE = 1 << 3,       /**< Ice (cold) application. */
    CALFCARE_CARE_RUNNING = 1 << 4,   /**< Running (and the routines' drills and calf raises, which load the
                                           calf as running does). */
    CALFCARE_CARE_COMPRESSION = 1 << 5 /**< A compression bandage (its safety check, "loosen it if the toes
                                            tingle", needs normal sensation). */
} calfcare_care_kind;

/** Number of care kinds (bits 0 .. CALFCARE_CARE_KIND_COUNT-1). */
#define CALFCARE_CARE_KIND_COUNT 6

/**
 * Choice indexes shared by every input that asks a runner's sex ("female"/"male": the diagnosis
 * heel-raise norm, the shoes area's women's or men's last).
 */
typedef enum calfcare_sex {
    CALFCARE_SEX_FEMALE = 0, /**< "female" (women's norms and last) */
    CALFCARE_SEX_MALE = 1    /**< "male" (men's norms and last) */
} calfcare_sex;

/** Choice indexes shared by every input that asks a shoe's cushioning ("soft"/"medium"/"firm"). */
typedef enum calfcare_cushioning {
    CALFCARE_CUSHIONING_SOFT = 0,   /**< "soft" */
    CALFCARE_CUSHIONING_MEDIUM = 1, /**< "medium" */
    CALFCARE_CUSHIONING_FIRM = 2    /**< "firm" */
} calfcare_cushioning;

/**
 * The one yes/no/unknown model: the choice indexes of every "no|yes" input field (the diagnosis
 * overstride, minimalist and previous_calf_strain fields, the shoes calf_pain, minimalist and
 * new_minimalist fields, where a field that was not given is unknown through calfcare_input_count()
 * 0) and the answers of the return-to-run gate (::calfcare_progression_rtr_gate_input), where
 * #CALFCARE_UNKNOWN marks a question not answered. Words: calfcare_yes_no_name(),
 * calfcare_yes_no_parse().
 */
typedef enum calfcare_yes_no {
    CALFCARE_UNKNOWN = -1, /**< "unknown": not answered (never a yes) */
    CALFCARE_NO = 0,       /**< "no" */
    CALFCARE_YES = 1       /**< "yes" */
} calfcare_yes_no;

/**
 * The word of a ::calfcare_yes_no: "no", "yes", or "unknown" (for #CALFCARE_UNKNOWN and any other value).
 * @param value a ::calfcare_yes_no (any int is accepted)
 * @return a static string.
 * @since 1.0.0
 */
CALFCARE_API const char *calfcare_yes_no_name(int value);

/**
 * The value of an answer's word, "yes" or "no" (field "yes_no"; "unknown" is not an answer: leave
 * the question out): the inverse of calfcare_yes_no_name() for the answers. Every host reads yes/no
 * words through it (the CLI's `--walk-pain-free yes`, Python's "yes"/"no").
 * @param word  the word, exactly as calfcare_yes_no_name() spells it.
 * @param value receives #CALFCARE_YES or #CALFCARE_NO.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID listing the accepted words.
 * @since 1.0.0
 */
CALFCARE_API calfcare_status calfcare_yes_no_parse(const char *word, int *value, calfcare_error *err);

/**
 * snake_case name of one care kind bit ("massage", "foam_roll", "stretch", "ice", "running",
 * "compression").
 * @return a static string, or "unknown" unless exactly one defined bit is set.
 */
CALFCARE_API const char *calfcare_care_kind_name(unsigned kind);

/**
 * The value of a word of one care kind ("massage", ... "compression"; field "care_kind"; @p value receives the bit, e.g. #CALFCARE_CARE_ICE): the inverse of the matching _name() function.
 * @param word  the word, exactly as the _name() function spells it.
 * @param value receives the value.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID naming the field and listing the
 *         accepted words.
 */
CALFCARE_API calfcare_status calfcare_care_kind_parse(const char *word, unsigned *value, calfcare_error *err);

/**
 * Which kinds of self-care are blocked, and by which red flag. Filled by the diagnosis and
 * given to the relief protocols, which refuse blocked steps with #CALFCARE_E_BLOCKED.
 * A zero-filled struct blocks nothing.
 */
typedef struct calfcare_blocked {
    unsigned mask;                        /**< OR of ::calfcare_care_kind values that are blocked. */
    int flag[CALFCARE_CARE_KIND_COUNT];   /**< For bit i of mask, the ::calfcare_red_flag that blocks it
                                               (the most serious one; #CALFCARE_FLAG_UNNAMED when the caller
                                               blocked it without naming one), #CALFCARE_FLAG_NONE when allowed. */
    int reserved_[4];                     /**< @private zero; room for more care kinds (flag[] grows into it). */
} calfcare_blocked;

#ifdef __cplusplus
}
#endif

#endif /* CALFCARE_COMMON_H */
