/* Subcommands of this area; under construction in its own issue. */
#include "config.h"

#include "cli.h"

int cli_cmd_diagnose(int argc, char **argv)
{
    (void)argc;
    return cli_usage_error(argv[0], "not available yet");
}

int cli_demo_diagnosis(void)
{
    return CLI_EXIT_OK;
}
