/* The sessions of tests/mcu/session.c on the host, without save/restore: the reference stream that
 * `make check-mcu` compares with the firmware's. */
#include <stdio.h>

#include "session.h"

static void emit(const char *line)
{
    fputs(line, stdout);
}

int main(void)
{
    return mcu_sessions(emit, 0);
}
