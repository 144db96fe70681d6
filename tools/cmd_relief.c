/* Subcommands of this area; under construction in its own issue. */
#include "config.h"

#include "cli.h"

int cli_cmd_relief(int argc, char **argv)
{
    (void)argc;
    return cli_usage_error(argv[0], "not available yet");
}

int cli_cmd_routine(int argc, char **argv)
{
    (void)argc;
    return cli_usage_error(argv[0], "not available yet");
}

int cli_demo_relief(void)
{
    return CLI_EXIT_OK;
}
