/* calfcare: the command-line program over libcalfcare (see calfcare(1)). */
#include "config.h"

#include <string.h>

#include "cli.h"

static const cli_command commands[] = {
    {"diagnose", "rank the likely causes of calf pain and screen red flags", cli_cmd_diagnose},
    {"relief", "build or run a relief protocol (rice, stretch, roll, full) with timers", cli_cmd_relief},
    {"routine", "build or run a prevention routine (warmup, cooldown, strength)", cli_cmd_routine},
    {"check", "check weekly distances or a training log against progression limits", cli_cmd_check},
    {"plan", "plan weekly distances to a target with safe increases and cutbacks", cli_cmd_plan},
    {"return-to-run", "the gate and walk-run stages for returning after calf pain", cli_cmd_return_to_run},
    {"shoes", "shoe size, width, drop, cushioning and replacement guidance", cli_cmd_shoes},
};

static int demo(int argc, char **argv)
{
    int (*const sections[])(void) = {cli_demo_diagnosis, cli_demo_relief, cli_demo_progression, cli_demo_shoes};
    size_t i;
    int worst = CLI_EXIT_OK;
    if (argc > 1)
        return cli_usage_error("demo", "takes no arguments (got '%s')", argv[1]);
    printf("libcalfcare %s demo: a sample runner, start to finish\n", calfcare_version_string());
    printf("(Guidance only; it does not replace a clinician. Red flags always win.)\n");
    for (i = 0; i < sizeof sections / sizeof sections[0]; i++) {
        int rc;
        fflush(stdout);
        rc = sections[i]();
        if (rc > worst)
            worst = rc;
    }
    return worst;
}

static void usage(FILE *out)
{
    size_t i;
    fprintf(out, "Usage: calfcare [--help | --version] COMMAND [OPTIONS]\n\n"
                 "Calf-pain guidance for runners, from libcalfcare.\n\nCommands:\n");
    for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-14s %s\n", commands[i].name, commands[i].summary);
    fprintf(out, "  %-14s %s\n", "demo", "run every area on a built-in sample runner");
    fprintf(out, "\nRun 'calfcare COMMAND --help' for a command's options. Most commands take --json\n"
                 "for one JSON object on stdout.\n\n"
                 "Exit status: 0 ok, 1 other failure, 2 bad usage or invalid input,\n"
                 "3 refused for safety (a red flag blocks it, or it is too soon).\n");
}

static int run(int argc, char **argv)
{
    size_t i;
    if (argc < 2) {
        usage(stderr);
        return CLI_EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return CLI_EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("calfcare %s (libcalfcare %s)\n", CALFCARE_VERSION_STRING, calfcare_version_string());
        return CLI_EXIT_OK;
    }
    if (strcmp(argv[1], "demo") == 0)
        return demo(argc - 1, argv + 1);
    for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0) {
            /* One rule for every command: an option given twice is an error, not last-wins. */
            int rc = cli_check_repeats(commands[i].name, argc - 1, argv + 1);
            return rc != CLI_EXIT_OK ? rc : commands[i].run(argc - 1, argv + 1);
        }
    return cli_usage_error(NULL, "unknown command '%s'; run 'calfcare --help'", argv[1]);
}

int main(int argc, char **argv)
{
    return cli_close_stdout(run(argc, argv));
}
