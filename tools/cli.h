/* Shared plumbing of the calfcare program: exit codes, option parsing over the library's input
 * schemas, error reporting and JSON output. Uses only the public API of libcalfcare. */
#ifndef CALFCARE_CLI_H
#define CALFCARE_CLI_H

#include <stdio.h>

#include <jansson.h>

#include <calfcare.h>

/* Exit codes (documented in calfcare(1)). */
enum {
    CLI_EXIT_OK = 0,
    CLI_EXIT_FAILURE = 1, /* anything else that went wrong */
    CLI_EXIT_USAGE = 2,   /* bad usage or invalid input; stderr names the option */
    CLI_EXIT_REFUSED = 3  /* refused for safety (red flag, too soon) */
};

/* A subcommand: name, one-line summary, entry point, demo section (may be NULL). */
typedef struct cli_command {
    const char *name;
    const char *summary;
    int (*run)(int argc, char **argv); /* argv[0] is the subcommand name */
} cli_command;

/* Print "calfcare CMD: message" to stderr and return CLI_EXIT_USAGE. printf-style. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Report a failed library call on stderr, naming the option (field heel_raises -> --heel-raises),
 * and return the exit code: 2 invalid input, 3 refused for safety, 1 anything else. */
int cli_fail(const char *cmd, calfcare_status st, const calfcare_error *err);

/* Map a library status to an exit code without printing. */
int cli_exit_code(calfcare_status st);

/* Option name of a field: "heel_raises" -> "--heel-raises" (static buffer per call site is
 * not used: writes into buf). */
const char *cli_option_name(const char *field, char *buf, size_t cap);

/* If argv[*i] is "--NAME[=VALUE]" for a field of the input's schema, set the field from VALUE
 * (or the next argument; a SWITCH field takes none) and advance *i past what it used.
 * Returns 1 when consumed, 0 when argv[*i] is not a field of the schema, or an exit code
 * (CLI_EXIT_USAGE) after printing the error with a negative sign: -CLI_EXIT_USAGE. */
int cli_input_option(const char *cmd, calfcare_input *in, int argc, char **argv, int *i);

/* Parse a subcommand's arguments (argv[0] is the subcommand) into a new input of `schema`: every
 * field option of the schema, --json (sets *json) and --help/-h (calls usage(stdout), sets *done).
 * Returns CLI_EXIT_OK to go on (unless *done), or the exit code after printing the error. */
int cli_parse_input_args(const char *cmd, int schema, int argc, char **argv, calfcare_input *in, int *json,
                         void (*usage)(FILE *out), int *done);

/* Value of option argv[*i] = "--name" or "--name=value": sets *value, advances *i.
 * Returns 0, or prints an error and returns CLI_EXIT_USAGE when the value is missing. */
int cli_option_value(const char *cmd, int argc, char **argv, int *i, const char **value);

/* Does argv[i] name option `name` (exactly "--name" or "--name=...")? */
int cli_is_option(const char *arg, const char *name);

/* Parse a number typed by the user (C locale, whole string). Returns 0 or prints
 * "calfcare CMD: --opt: 'text' is not a number" and returns CLI_EXIT_USAGE. */
int cli_parse_double(const char *cmd, const char *opt, const char *text, double *out);

/* "calfcare CMD: --opt: TEXT is outside the accepted range; accepted: MIN to MAX UNIT", quoting the
 * value exactly as the user typed it. Returns CLI_EXIT_USAGE. */
int cli_range_error(const char *cmd, const char *opt, const char *text, double min, double max, const char *unit);

/* Any long option given twice (`--x 1 --x 2`, `--fever --fever=no`) is an error naming it, never
 * "the last one wins". argv[0] is the subcommand. Returns CLI_EXIT_OK or CLI_EXIT_USAGE (printed). */
int cli_check_repeats(const char *cmd, int argc, char **argv);

/* Flush and close stdout; on a write error (a full disk, /dev/full) print it and return 1 when rc
 * was 0 (else rc). Every command's exit goes through it. */
int cli_close_stdout(int rc);

/* Is argv[i] one of the symptom switches of `calfcare diagnose` (--active-cancer ...
 * --cannot-walk-4-steps, --calf-swelling-cm)? */
int cli_is_symptom_option(const char *arg);

/* Run the symptom switches args[0..nargs) through the diagnosis and give its blocked set (the
 * safety gate's rows of the raised flags); a warning naming the triage on stderr when flagged.
 * Anything that is not a symptom switch is an unknown option. Returns an exit code (printed). */
int cli_blocked_from_symptoms(const char *cmd, int nargs, char **args, calfcare_blocked *blocked);

/* Print the options of an input schema (name, value, unit and accepted range) for --help. */
void cli_print_schema_help(FILE *out, int schema);

/* Parameter tables (calfcare/params.h): the help of row id: "  --ice-min X\n      help [15..20 min]
 * (default 15)", or with column > 0 on one line, the help starting at that column; the row whose option argv's arg names ("--ice-min" or "--ice-min=..."),
 * or -1; and setting row id from the text typed (a number through the library's parser, a CHOICE's
 * word), printing the library's error naming the option. Returns CLI_EXIT_OK or the exit code.
 * A pair of rows X_left, X_right is one option `--X L,R` (the left row's id; the right row prints no
 * help of its own), set both sides or neither; an error names the option and the side. */
void cli_print_params_help(FILE *out, int table, int id, int column);
int cli_params_option_id(int table, const char *arg);
int cli_params_set(const char *cmd, int table, void *params, size_t size, int id, const char *text);

/* Print one JSON object on stdout (pretty, keys in insertion order) and release it. */
int cli_print_json(json_t *obj);

/* JSON helpers: a number, or null when NaN or infinite; a reason/advice list [{"code","text"}]. */
json_t *cli_json_number_or_null(double v);
/* One reason or advice code as JSON, the same keys in every command: "code" (the number), "name"
 * (its word), "text" (@p text, or the library's text when NULL), "source", "strength". */
json_t *cli_json_reason(int code, const char *text);
json_t *cli_json_advice(const int *codes, size_t n);

/* Is stdout a terminal (for live progress output)? */
int cli_stdout_is_tty(void);

/* Subcommands, one per area (tools/cmd_*.c). */
int cli_cmd_diagnose(int argc, char **argv);
int cli_cmd_relief(int argc, char **argv);
int cli_cmd_routine(int argc, char **argv);
int cli_cmd_check(int argc, char **argv);
int cli_cmd_plan(int argc, char **argv);
int cli_cmd_return_to_run(int argc, char **argv);
int cli_cmd_shoes(int argc, char **argv);

/* Sections of `calfcare demo`, one per area, printing a readable report of the sample runner.
 * Each returns an exit code. */
int cli_demo_diagnosis(void);
int cli_demo_relief(void);
int cli_demo_progression(void);
int cli_demo_shoes(void);

#endif
