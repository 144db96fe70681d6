/* Footprint probes: what a watch app links. PROBE_EMPTY: the start-up code alone (the baseline).
 * Otherwise: build RICE and stretch with the integer API, run the timer, save and restore, and with PROBE_TEXTS show
 * the cue texts through calfcare_relief_reason_lookup(). (The whole-core probe links this one
 * with every exported function kept: tests/mcu/CMakeLists.txt.) */
#include <calfcare.h>

#include "mcu.h"

#ifndef PROBE_EMPTY
static calfcare_relief_timer_step steps[CALFCARE_RELIEF_MAX_STEPS];
static unsigned char flash[CALFCARE_RELIEF_TIMER_SAVED_MAX];
#endif

int main(void)
{
#ifndef PROBE_EMPTY
    calfcare_relief_iparams p;
    calfcare_relief_protocol proto;
    calfcare_relief_timer t;
    calfcare_relief_event ev[8];
    calfcare_relief_timer_info info;
    size_t n, i;
    uint32_t now = 0;
    calfcare_relief_iparams_init(&p, NULL);
    p.ice_ms = 20u * 60000u;
    if (calfcare_relief_build_int(CALFCARE_RELIEF_RICE, &p, NULL, &proto, NULL) != CALFCARE_OK)
        return 1;
    calfcare_relief_build_int(CALFCARE_RELIEF_STRETCH, &p, NULL, &proto, NULL);
    calfcare_relief_timer_init(&t, &proto, steps, CALFCARE_RELIEF_MAX_STEPS, NULL);
    calfcare_relief_timer_start(&t, now, NULL);
    for (; now < 100000; now += 100) {
        calfcare_relief_timer_update(&t, now, ev, 8, &n, NULL);
        for (i = 0; i < n; i++) {
#ifdef PROBE_TEXTS
            const calfcare_reason *r = calfcare_relief_reason_lookup(ev[i].cue);
            if (r)
                mcu_write(r->text);
#else
            mcu_write(calfcare_relief_event_name(ev[i].type));
#endif
        }
        calfcare_relief_timer_status(&t, now, &info, NULL);
    }
    calfcare_relief_timer_pause(&t, now, NULL);
    calfcare_relief_timer_resume(&t, now, NULL);
    calfcare_relief_timer_skip(&t, now, NULL);
    calfcare_relief_timer_save(&t, flash, sizeof flash, NULL);
    calfcare_relief_timer_restore(&t, steps, CALFCARE_RELIEF_MAX_STEPS, flash, calfcare_relief_timer_saved_size(&t),
                                  NULL);
#endif
    return 0;
}
