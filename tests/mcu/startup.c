/* Bare-metal start-up for the test firmware on QEMU's mps2-an386 (Cortex-M4F): vector table,
 * reset (copy .data, clear .bss, enable the FPU), semihosting for output and exit, and a stack
 * painter to measure the deepest stack use. */
#include <string.h>

#include "mcu.h"

extern uint32_t _etext, _sdata, _edata, _sbss, _ebss, _stack_top, _stack_bottom;
int main(void);
void mcu_reset(void);
void mcu_fault(void);

static int semihost(int op, const void *arg)
{
    register int r0 __asm__("r0") = op;
    register const void *r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

void mcu_write(const char *s)
{
    semihost(0x04, s); /* SYS_WRITE0 */
}

void mcu_exit(int status)
{
    /* SYS_EXIT with ADP_Stopped_ApplicationExit (QEMU exits 0) or RunTimeErrorUnknown (exits 1) */
    semihost(0x18, (const void *)(status ? 0x20023u : 0x20026u));
    for (;;)
        ;
}

void mcu_fault(void)
{
    mcu_write("mcu: fault\n");
    mcu_exit(1);
}

#define PAINT 0xC5C5C5C5u

/* 256 bytes below the current stack pointer: this frame and a margin are left alone. */
static uint32_t *below_sp(void)
{
    uint32_t sp;
    __asm__ volatile("mov %0, sp" : "=r"(sp));
    return (uint32_t *)((sp - 256u) & ~3u);
}

void mcu_stack_paint(void)
{
    uint32_t *p = &_stack_bottom, *end = below_sp();
    while (p < end)
        *p++ = PAINT;
}

size_t mcu_stack_used(void)
{
    uint32_t *p = &_stack_bottom, *end = below_sp();
    while (p < end && *p == PAINT)
        p++;
    return (size_t)((char *)end - (char *)p);
}

char *mcu_utoa(char *buf, uint32_t v)
{
    char tmp[11];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        *buf++ = tmp[--n];
    *buf = 0;
    return buf;
}

void mcu_reset(void)
{
    uint32_t *src = &_etext, *dst;
    for (dst = &_sdata; dst < &_edata;)
        *dst++ = *src++;
    for (dst = &_sbss; dst < &_ebss;)
        *dst++ = 0;
    /* CPACR: full access to CP10 and CP11 (the FPU) before any floating-point instruction. */
    *(volatile uint32_t *)0xE000ED88u |= 0xFu << 20;
    __asm__ volatile("dsb\n isb");
    mcu_exit(main());
}

__attribute__((section(".vectors"), used)) static void (*const vectors[16])(void) = {
    (void (*)(void))&_stack_top, mcu_reset, mcu_fault, mcu_fault, mcu_fault, mcu_fault, mcu_fault,
};
