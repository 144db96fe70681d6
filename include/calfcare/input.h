/**
 * @file calfcare/input.h
 * @brief Optional, validated inputs described by a schema (used by diagnosis and shoes).
 *
 * Many of the library's inputs are optional, and "not given" (unknown) is not the same as "no".
 * A ::calfcare_input holds such a set of inputs for one schema (the diagnosis inputs, the shoe
 * inputs...). Every field is described by a ::calfcare_input_field: its snake_case name, unit, accepted
 * range, choices and how many values it takes. The same table validates C calls, parses the
 * `calfcare` program's options and the Python keyword arguments, so the three agree.
 *
 * A value is validated when it is set: a rejected value leaves the field unchanged and fills
 * ::calfcare_error with the field's name and accepted range. Nothing is clamped.
 *
 * @code
 * calfcare_input in;
 * calfcare_error err;
 * calfcare_input_init(&in, CALFCARE_INPUT_SCHEMA_DIAGNOSIS, &err);
 * if (calfcare_input_set(&in, CALFCARE_DIAGNOSIS_CADENCE, 400, &err) != CALFCARE_OK)
 *     puts(err.message);   // "cadence: 400 is outside the accepted range 120 to 240 steps/min"
 * @endcode
 *
 * @since 1.0.0 (every declaration in this file unless its own comment says otherwise)
 */
#ifndef CALFCARE_INPUT_H
#define CALFCARE_INPUT_H

#include <calfcare/common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Schemas: which set of fields a ::calfcare_input holds. Values are stable. */
typedef enum calfcare_input_schema {
    CALFCARE_INPUT_SCHEMA_DIAGNOSIS = 1, /**< Cause diagnosis and red-flag triage (calfcare/diagnosis.h). */
    CALFCARE_INPUT_SCHEMA_SHOES = 2      /**< Shoe-fit guidance (calfcare/shoes.h). */
} calfcare_input_schema;

/** How a field's value is written. Values are stable. */
typedef enum calfcare_input_field_type {
    CALFCARE_INPUT_FIELD_NUMBER = 1, /**< Number(s) within [min, max]; whole numbers if #CALFCARE_INPUT_FIELD_WHOLE. */
    CALFCARE_INPUT_FIELD_CHOICE = 2, /**< One word out of `choices`; stored as its index (0, 1, ...). */
    CALFCARE_INPUT_FIELD_SWITCH = 3  /**< A yes/no finding: 1 present, 0 explicitly absent (CLI: bare `--name`). */
} calfcare_input_field_type;

/** Field flag: the values must be whole numbers (e.g. heel-raise counts). */
#define CALFCARE_INPUT_FIELD_WHOLE 0x1u

/** Description of one input field. All strings are static. */
typedef struct calfcare_input_field {
    int id;                      /**< Field id within its schema (0 .. count-1). */
    const char *name;            /**< snake_case name; the CLI option is `--` + name with `-` for `_`. */
    calfcare_input_field_type type;    /**< How the value is written. */
    unsigned flags;              /**< #CALFCARE_INPUT_FIELD_WHOLE or 0. */
    const char *unit;            /**< Unit of NUMBER values ("km", "cm", "steps/min"...), "" if none. */
    double min;                  /**< Smallest accepted NUMBER value (inclusive). */
    double max;                  /**< Largest accepted NUMBER value (inclusive). */
    size_t min_count;            /**< Fewest values accepted (1 for a single value; 2 for "left,right"). */
    size_t max_count;            /**< Most values accepted (1 for a single value). */
    const char *const *choices;  /**< NULL-terminated accepted words for CHOICE fields, else NULL. */
    const char *help;            /**< One-line English description with the unit. */
} calfcare_input_field;

/** Most fields a schema may have. */
#define CALFCARE_INPUT_MAX_FIELDS 64
/** Most values (summed over all fields' max_count) a schema may hold. */
#define CALFCARE_INPUT_MAX_VALUES 256

/**
 * A set of optional inputs. Caller-allocated (about 2 KiB), plain data, no pointers; treat the
 * members as private and use the functions below. Initialise with calfcare_input_init().
 */
typedef struct calfcare_input {
    uint32_t schema_;                               /**< @private */
    uint32_t check_;                                /**< @private */
    uint8_t count_[CALFCARE_INPUT_MAX_FIELDS];      /**< @private values given per field, 0 = unknown */
    double value_[CALFCARE_INPUT_MAX_VALUES];       /**< @private */
} calfcare_input;

/** @return sizeof(calfcare_input) as compiled into the library (for bindings without a C preprocessor). */
CALFCARE_API size_t calfcare_input_size(void);

/**
 * Initialise @p in as an empty input of @p schema: every field unknown.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID for an unknown schema (field "schema").
 */
CALFCARE_API calfcare_status calfcare_input_init(calfcare_input *in, int schema, calfcare_error *err);

/** @return the number of fields of @p schema, 0 if the schema is unknown. */
CALFCARE_API size_t calfcare_input_field_count(int schema);

/** @return the description of field @p id of @p schema, or NULL if either is unknown. */
CALFCARE_API const calfcare_input_field *calfcare_input_field_at(int schema, int id);

/**
 * The id of a field from its name. `-` and `_` are treated alike, so "heel-raises" finds
 * `heel_raises` (the name of a field is calfcare_input_field_at()'s ::calfcare_input_field::name).
 * @param schema the schema (::calfcare_input_schema).
 * @param word   the field's name.
 * @param value  receives the field id.
 * @param err    optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID (field "schema" for an unknown
 *         schema, "field" for a name the schema does not have).
 */
CALFCARE_API calfcare_status calfcare_input_field_parse(int schema, const char *word, int *value,
                                                         calfcare_error *err);

/**
 * Set a single-valued field: a NUMBER, a CHOICE's index, or a SWITCH (0 or 1).
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_STATE (not initialised) or
 *         #CALFCARE_E_INVALID (unknown id, NaN/infinite, out of range, not whole, or the field
 *         needs several values).
 */
CALFCARE_API calfcare_status calfcare_input_set(calfcare_input *in, int id, double value,
                                                calfcare_error *err);

/**
 * Set a field to @p n numbers, e.g. weekly distances (oldest first) or "left, right".
 * @p n must lie within the field's min_count..max_count and every value within its range.
 * @return as calfcare_input_set(); nothing is changed on error.
 */
CALFCARE_API calfcare_status calfcare_input_set_list(calfcare_input *in, int id, const double *values,
                                                     size_t n, calfcare_error *err);

/**
 * Set a CHOICE field by its word (e.g. "sometimes") or a SWITCH by "yes"/"no".
 * @return as calfcare_input_set(); an unknown word gives #CALFCARE_E_INVALID listing the accepted words.
 */
CALFCARE_API calfcare_status calfcare_input_set_word(calfcare_input *in, int id, const char *word,
                                                     calfcare_error *err);

/**
 * Set any field from text as a user would type it: "172", "40,44,52", "12.5,11", "always", "yes".
 * Numbers use a '.' decimal point whatever the locale.
 * @return as calfcare_input_set().
 */
CALFCARE_API calfcare_status calfcare_input_set_text(calfcare_input *in, int id, const char *text,
                                                     calfcare_error *err);

/**
 * Parse one number the way every host does (the CLI's options, calfcare_input_set_text()): an
 * optional sign, decimal digits with an optional '.', an optional exponent; the whole text, in any
 * locale. Hex ("0x14"), "inf", "nan", spaces and trailing text are not numbers. The value is the
 * double nearest the decimal (ties to even, as a correctly rounding strtod gives it: "1.7" is 1.7);
 * more than 19 significant digits (other than zeros), a digit below 1e-22 or a value of 1.8e41 or
 * more is refused ("... beyond the numbers read exactly"). The same parser reads log numbers
 * (calfcare_log_number_parse()). Ranges are checked by whoever uses the value.
 * @param field name for the error (snake_case, e.g. "ice_min"); may be NULL
 * @param text the text typed by the user; not NULL
 * @param[out] out the number; written only on success
 * @param err details on failure, may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID ("'0x14' is not a number ...").
 */
CALFCARE_API calfcare_status calfcare_input_parse_number(const char *field, const char *text, double *out,
                                                         calfcare_error *err);

/** Make field @p id unknown again. @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_STATE or #CALFCARE_E_INVALID. */
CALFCARE_API calfcare_status calfcare_input_unset(calfcare_input *in, int id, calfcare_error *err);

/** @return how many values field @p id holds: 0 when unknown (or on any bad argument). */
CALFCARE_API size_t calfcare_input_count(const calfcare_input *in, int id);

/**
 * Read value @p index of field @p id.
 * @param in    an initialised input.
 * @param id    the field id.
 * @param index which value (0 for a single-valued field; 0 = left, 1 = right for a pair).
 * @param[out] out receives the value (a CHOICE's index, a SWITCH's 0/1).
 * @param err   details on failure, may be NULL.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, #CALFCARE_E_STATE, or #CALFCARE_E_INVALID when the field is
 *         unknown, the id is unknown or @p index is past the values given.
 */
CALFCARE_API calfcare_status calfcare_input_get(const calfcare_input *in, int id, size_t index,
                                                double *out, calfcare_error *err);

/** The schema an initialised input belongs to, or 0 if @p in is NULL or not initialised. */
CALFCARE_API int calfcare_input_schema_of(const calfcare_input *in);

#ifdef __cplusplus
}
#endif

#endif /* CALFCARE_INPUT_H */
