/**
 * @file calfcare/params.h
 * @brief Tables describing the parameter structs (relief, progression, plan, return-to-run gate), one
 * row a member.
 *
 * The parameter structs (::calfcare_relief_params, ::calfcare_progression_params,
 * ::calfcare_progression_plan_params, ::calfcare_progression_rtr_gate_input) are plain structs with
 * defaults. Each has a table here: one
 * ::calfcare_params_field per member with its snake_case name, type, unit, accepted range, default,
 * offset in the struct and a one-line help. The struct's `_init()` function fills the defaults from
 * the table and the area's checks read the table's ranges, so every range and default is written
 * once. Hosts read the same table: the `calfcare` program's options and help, the Python keyword
 * arguments and the Java builders.
 *
 * A member is set through the table with calfcare_params_set() (a number) or
 * calfcare_params_set_text() (text as a user types it: a number through calfcare_input_parse_number(),
 * a choice's word through its area's `_parse()` function). A rejected value leaves the struct unchanged
 * and fills ::calfcare_error with the field's name and accepted range; nothing is clamped.
 *
 * @code
 * calfcare_relief_params p;
 * calfcare_error err;
 * int id;
 * calfcare_relief_params_init(&p, NULL);
 * calfcare_params_field_parse(CALFCARE_PARAMS_TABLE_RELIEF, "reps", &id, NULL);
 * if (calfcare_params_set_text(CALFCARE_PARAMS_TABLE_RELIEF, &p, sizeof p, id, "7", &err) != CALFCARE_OK)
 *     puts(err.message); // "reps: 7 is outside the accepted range; accepted: whole numbers from 1 to 5 holds per side"
 * @endcode
 *
 * @since 1.0.0 (every declaration in this file)
 */
#ifndef CALFCARE_PARAMS_H
#define CALFCARE_PARAMS_H

#include <calfcare/common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The parameter structs that have a table. Values are stable. */
typedef enum calfcare_params_table {
    CALFCARE_PARAMS_TABLE_RELIEF = 1,      /**< ::calfcare_relief_params (calfcare/relief.h). */
    CALFCARE_PARAMS_TABLE_PROGRESSION = 2, /**< ::calfcare_progression_params (calfcare/progression.h). */
    CALFCARE_PARAMS_TABLE_PLAN = 3,        /**< ::calfcare_progression_plan_params (calfcare/progression.h). */
    CALFCARE_PARAMS_TABLE_RTR_GATE = 4     /**< ::calfcare_progression_rtr_gate_input, the return-to-run gate's
                                                answers (calfcare/progression.h). */
} calfcare_params_table;

/** How a member is stored and written. Values are stable. */
typedef enum calfcare_params_type {
    CALFCARE_PARAMS_TYPE_DOUBLE = 1, /**< A `double` within [min, max]: a measured amount. */
    CALFCARE_PARAMS_TYPE_INT = 2,    /**< An `int` within [min, max]: a whole number (counts, weeks, days). */
    CALFCARE_PARAMS_TYPE_CHOICE = 3  /**< An `int` enum value within [min, max], written as a word
                                          (calfcare_params_choice_name(); the area's `_parse()` reads it). */
} calfcare_params_type;

/** Field flag: the default is a placeholder, not advice: the caller sets the member (the plan's
 *  current_km, whose default 0 is outside its range, and target_km). */
#define CALFCARE_PARAMS_FIELD_REQUIRED 0x1u

/** Description of one member of a parameter struct. All strings are static. */
typedef struct calfcare_params_field {
    int id;                   /**< Field id within its table (0 .. count-1), in member order. */
    const char *name;         /**< The member's name: the CLI option is `--` + name with `-` for `_`; the
                                   Python keyword; the field in ::calfcare_error. A row `X_left` followed
                                   by a row `X_right` is one pair for the hosts: one CLI option `--X L,R`,
                                   one Python keyword `X=(left, right)` (the gate's heel_raises). */
    calfcare_params_type type; /**< How the member is stored. */
    unsigned flags;           /**< #CALFCARE_PARAMS_FIELD_REQUIRED or 0. */
    double min;               /**< Smallest accepted value (inclusive; a CHOICE's first enum value). */
    double max;               /**< Largest accepted value (inclusive; a CHOICE's last enum value). */
    double default_value;     /**< The value the struct's `_init()` writes. */
    double unset;             /**< A value outside [min, max] the struct also accepts meaning "not given"
                                   (last_ice_ended_min_ago -1: unknown; the plan's weeks 0: until the target;
                                   the gate's answers -1: unknown), NaN when there is none. Hosts leave the
                                   option out instead. */
    const char *unit;         /**< Unit shown after the range ("min", "s", "%", "days"...), "" if none. */
    const char *unset_help;   /**< What #unset means ("unknown", "until the target"), "" when there is none. */
    size_t offset;            /**< offsetof() the member in its struct. */
    const char *help;         /**< One-line English description ("" in a firmware built with short or no
                                   messages: docs/embedding.md). */
} calfcare_params_field;

/** @return the number of fields of @p table (a ::calfcare_params_table), 0 if it is unknown. */
CALFCARE_API size_t calfcare_params_field_count(int table);

/** @return the description of field @p id of @p table, or NULL if either is unknown. */
CALFCARE_API const calfcare_params_field *calfcare_params_field_at(int table, int id);

/**
 * The id of a field from its name; `-` and `_` are treated alike ("ice-min" finds `ice_min`).
 * @param table the table (::calfcare_params_table).
 * @param word  the field's name.
 * @param value receives the field id.
 * @param err   optional error detail.
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID (field "table" for an unknown table,
 *         "field" for a name the table does not have, listing the names).
 */
CALFCARE_API calfcare_status calfcare_params_field_parse(int table, const char *word, int *value,
                                                          calfcare_error *err);

/**
 * The word of value @p value of a CHOICE field ("roller", "2/(n+1)", ...), from the area's `_name()`.
 * @param table a ::calfcare_params_table
 * @param id    the field id
 * @param value the enum value
 * @return a static string; "unknown" for another value, a field that is not a CHOICE or an unknown id.
 */
CALFCARE_API const char *calfcare_params_choice_name(int table, int id, int value);

/**
 * The value of a CHOICE field's word ("ball" -> #CALFCARE_RELIEF_TOOL_BALL), through the area's
 * `_parse()`: the inverse of calfcare_params_choice_name().
 * @param table a ::calfcare_params_table
 * @param id    the field id
 * @param word  the word
 * @param value receives the enum value
 * @param err   optional error detail
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID (field "table" or "field" when the
 *         field is unknown or not a CHOICE; else the field's name, listing the accepted words).
 */
CALFCARE_API calfcare_status calfcare_params_choice_parse(int table, int id, const char *word, int *value,
                                                          calfcare_error *err);

/**
 * Set member @p id of the struct @p params of @p table to @p value, after checking it against the
 * field: finite, within [min, max] (or the field's unset value), whole for INT and CHOICE fields.
 * @param table  a ::calfcare_params_table
 * @param params the struct (its `_init()` called first)
 * @param size   sizeof the struct as the caller compiled it; smaller than the library's is refused
 * @param id     the field id
 * @param value  the value, in the field's unit (a CHOICE's enum value)
 * @param err    details on failure (field, value, accepted range); may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL, or #CALFCARE_E_INVALID (field "table", "size", "field" or the
 *         field's name); the struct is unchanged on error.
 */
CALFCARE_API calfcare_status calfcare_params_set(int table, void *params, size_t size, int id, double value,
                                                 calfcare_error *err);

/**
 * calfcare_params_set() from text as a user types it: a number ("17.5", no hex, "inf" or "nan", any
 * locale: calfcare_input_parse_number()) or, for a CHOICE field, its word ("ball", "exp").
 * @param table  a ::calfcare_params_table
 * @param params the struct (its `_init()` called first)
 * @param size   sizeof the struct as the caller compiled it
 * @param id     the field id
 * @param text   the value as typed
 * @param err    details on failure; may be NULL
 * @return as calfcare_params_set(); a word that is not accepted lists the accepted words.
 */
CALFCARE_API calfcare_status calfcare_params_set_text(int table, void *params, size_t size, int id,
                                                      const char *text, calfcare_error *err);

/**
 * Read member @p id of @p params as a number (a CHOICE's enum value).
 * @param table  a ::calfcare_params_table
 * @param params the struct
 * @param size   sizeof the struct as the caller compiled it, as for calfcare_params_set()
 * @param id     the field id
 * @param[out] out the value, in the field's unit
 * @param err    details on failure; may be NULL
 * @return #CALFCARE_OK, #CALFCARE_E_NULL or #CALFCARE_E_INVALID (field "table", "size" or "field").
 */
CALFCARE_API calfcare_status calfcare_params_get(int table, const void *params, size_t size, int id, double *out,
                                                 calfcare_error *err);

#ifdef __cplusplus
}
#endif

#endif /* CALFCARE_PARAMS_H */
