/* The sessions the test firmware runs on the Cortex-M4 and the host runs natively; both write the
 * same lines, compared by `make check-mcu`. */
#ifndef CALFCARE_MCU_SESSION_H
#define CALFCARE_MCU_SESSION_H

/* Run the stretch and RICE sessions at 10 Hz across the 2^32 ms wrap and the refusal checks,
 * writing one line per event or result through emit. With save_restore, the timer is saved,
 * wiped and restored (into another step array) every 30 s of session time; the lines must not
 * change. Returns 0, or 1 after writing a "FAIL" line. */
int mcu_sessions(void (*emit)(const char *line), int save_restore);

#endif
