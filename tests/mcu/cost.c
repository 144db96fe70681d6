/* Instructions per timer call on the Cortex-M4, counted by QEMU (tests/mcu/check-mcu.sh runs this
 * image with one instruction per translation block and an execution log). Each measured call sits
 * between cost_begin() and cost_end(); the script counts the instructions executed outside main
 * and the markers: the library call and whatever it calls. */
#include <calfcare.h>

#include "mcu.h"

#define IDLE_CALLS 100

__attribute__((noinline)) void cost_begin(int what);
__attribute__((noinline)) void cost_end(int what);
__attribute__((noinline)) void cost_begin(int what)
{
    __asm__ volatile("" ::"r"(what));
}
__attribute__((noinline)) void cost_end(int what)
{
    __asm__ volatile("" ::"r"(what));
}

static calfcare_relief_timer_step steps[CALFCARE_RELIEF_MAX_STEPS];

int main(void)
{
    calfcare_relief_params p;
    calfcare_relief_protocol proto;
    calfcare_relief_timer t;
    calfcare_relief_event ev[8];
    calfcare_relief_timer_info info;
    size_t n;
    uint32_t now = 0xFFFFF000u, i;
    calfcare_relief_params_init(&p, NULL);
    if (calfcare_relief_build(CALFCARE_RELIEF_STRETCH, &p, NULL, &proto, NULL) != CALFCARE_OK ||
        calfcare_relief_timer_init(&t, &proto, steps, proto.count, NULL) != CALFCARE_OK ||
        calfcare_relief_timer_start(&t, now, NULL) != CALFCARE_OK)
        return 1;
    /* 1: the update that reports step 0's start (the event path) */
    cost_begin(1);
    calfcare_relief_timer_update(&t, now, ev, 8, &n, NULL);
    cost_end(1);
    if (n != 1)
        return 1;
    /* 2: idle updates at 10 ms steps: the next event (countdown at 2 s) is not due */
    cost_begin(2);
    for (i = 1; i <= IDLE_CALLS; i++)
        calfcare_relief_timer_update(&t, now + 10 * i, ev, 8, &n, NULL);
    cost_end(2);
    if (n != 0)
        return 1;
    /* 3: status (integers) and 4: query (the double layer) */
    cost_begin(3);
    calfcare_relief_timer_status(&t, now + 1000, &info, NULL);
    cost_end(3);
    cost_begin(4);
    calfcare_relief_timer_query(&t, now + 1000, &info, NULL);
    cost_end(4);
    mcu_write("cost: done\n");
    return 0;
}
