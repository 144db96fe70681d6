/*
 * libFuzzer target: the CLI's CSV training-log reader (static in tools/cmd_progression.c), driven
 * through `calfcare check --log FILE [--json]` with the fuzz bytes as the file (our own format or
 * Strava's activities.csv, quotes, BOM, NUL bytes, odd line ends...). cmd_progression.c and cli.c
 * are compiled into this target (tests/fuzz/csv.extra) and linked with jansson and libcsv.
 *
 * Properties (abort on violation): the command returns 0 (read and analysed) or 2 (the problem
 * reported with a line number); never another code, never a crash; no leak (LeakSanitizer, run by
 * libFuzzer after each input). Its stdout and stderr go to /dev/null (the FILE pointers are
 * swapped, so sanitizer reports on fd 2 are still seen).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

static char path[64];
static FILE *devnull;

static void cleanup(void)
{
    if (path[0])
        unlink(path);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    int fd;
    (void)argc;
    (void)argv;
    strcpy(path, "/tmp/calfcare-fuzz-csv-XXXXXX");
    fd = mkstemp(path);
    if (fd < 0 || !(devnull = fopen("/dev/null", "w"))) {
        perror("fuzz_csv: setup");
        abort();
    }
    close(fd);
    atexit(cleanup);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char a0[] = "check", a1[] = "--log", a3[] = "--json", a4[] = "--until", a5[] = "2024-03-01";
    char *argv[7];
    FILE *f = fopen(path, "wb"), *out = stdout, *errf = stderr;
    int argc = 0, rc;
    if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0)
        abort();
    /* By the input's length: JSON or text output, with or without a cut-off date. */
    argv[argc++] = a0;
    argv[argc++] = a1;
    argv[argc++] = path;
    if (size % 2 == 0)
        argv[argc++] = a3;
    if (size % 4 >= 2) {
        argv[argc++] = a4;
        argv[argc++] = a5;
    }
    argv[argc] = NULL;
    stdout = devnull;
    stderr = devnull;
    rc = cli_cmd_check(argc, argv);
    fflush(devnull);
    stdout = out;
    stderr = errf;
#ifdef FUZZ_TRACE
    fprintf(stderr, "calfcare check --log (%zu bytes): %d\n", size, rc);
#endif
    if (rc != 0 && rc != 2) {
        fprintf(stderr, "property violated: calfcare check --log returned %d (expected 0 or 2)\n", rc);
        abort();
    }
    return 0;
}
