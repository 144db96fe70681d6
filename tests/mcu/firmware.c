/* Test firmware for QEMU's mps2-an386 (Cortex-M4F): the sessions of session.c with save/restore,
 * then "#" lines with the deepest stack use and sizes (not compared with the host). */
#include <calfcare.h>

#include "mcu.h"
#include "session.h"

static void emit(const char *line)
{
    mcu_write(line);
}

int main(void)
{
    char buf[96], *p;
    size_t stack;
    int rc;
    mcu_stack_paint();
    rc = mcu_sessions(emit, 1);
    stack = mcu_stack_used();
    p = buf;
    for (const char *s = "# deepest stack use of the sessions (firmware and library): "; *s;)
        *p++ = *s++;
    p = mcu_utoa(p, (uint32_t)stack);
    for (const char *s = " bytes; timer state "; *s;)
        *p++ = *s++;
    p = mcu_utoa(p, (uint32_t)calfcare_relief_timer_size());
    for (const char *s = " bytes + 8 a step\n"; *s;)
        *p++ = *s++;
    *p = 0;
    mcu_write(buf);
    return rc;
}
