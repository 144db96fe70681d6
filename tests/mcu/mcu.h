/* The test firmware's bare-metal support (tests/mcu/startup.c): semihosting output and exit, and
 * the stack high-water mark. Not part of the library. */
#ifndef CALFCARE_MCU_H
#define CALFCARE_MCU_H

#include <stddef.h>
#include <stdint.h>

/* Write a NUL-terminated string to the host's stdout (semihosting SYS_WRITE0). */
void mcu_write(const char *s);
/* End the emulation: status 0 -> QEMU exits 0, anything else -> QEMU exits 1. */
void mcu_exit(int status) __attribute__((noreturn));
/* Fill the unused stack below the caller's frame with a pattern ... */
void mcu_stack_paint(void);
/* ... and the bytes of it written since (deepest use below the caller's frame). */
size_t mcu_stack_used(void);
/* Append the decimal form of v to buf (at least 11 bytes free); returns the end. */
char *mcu_utoa(char *buf, uint32_t v);

#endif
