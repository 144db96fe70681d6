/* Test firmware: the error reports of the relief and timer calls at the build's message level
 * (CALFCARE_MESSAGES). One line per refused call: "<status name> <field>: <message>". make
 * check-mcu compares the lines with tests/mcu/messages-<level>.txt, written by hand from the
 * messages in lib/ (full), the short form of a range check (short), nothing (none). The status
 * and the field are the same at every level. Line: "<status name> <field> [<message>]". */
#include <calfcare.h>

#include "mcu.h"

static calfcare_relief_timer_step steps[CALFCARE_RELIEF_MAX_STEPS];
static unsigned char blob[CALFCARE_RELIEF_TIMER_SAVED_MAX];

static void report(calfcare_status st, const calfcare_error *err)
{
    char line[CALFCARE_ERROR_MESSAGE_SIZE + 64];
    size_t n = 0;
    const char *parts[4];
    int i;
    parts[0] = calfcare_status_name(st == err->status ? st : 1); /* a status that differs: E_UNKNOWN */
    parts[1] = " ";
    parts[2] = err->field;
    parts[3] = " [";
    for (i = 0; i < 4; i++)
        for (const char *s = parts[i]; *s && n < sizeof line - 3;)
            line[n++] = *s++;
    for (const char *s = err->message; *s && n < sizeof line - 3;)
        line[n++] = *s++;
    line[n++] = ']';
    line[n++] = '\n';
    line[n] = 0;
    mcu_write(line);
}

int main(void)
{
    calfcare_relief_iparams p;
    calfcare_relief_protocol proto;
    calfcare_relief_timer t;
    calfcare_relief_event ev;
    calfcare_error err;
    size_t n;

    /* range checks of the integer parameters */
    calfcare_relief_iparams_init(&p, NULL);
    p.ice_ms = 1300000u;
    report(calfcare_relief_build_int(CALFCARE_RELIEF_RICE, &p, NULL, &proto, &err), &err);
    calfcare_relief_iparams_init(&p, NULL);
    p.last_ice_ended_s = -5;
    report(calfcare_relief_build_int(CALFCARE_RELIEF_RICE, &p, NULL, &proto, &err), &err);
    calfcare_relief_iparams_init(&p, NULL);
    report(calfcare_relief_build_int(99, &p, NULL, &proto, &err), &err);
    /* ice too soon: 30 min after the last application */
    p.last_ice_ended_s = 1800;
    report(calfcare_relief_build_int(CALFCARE_RELIEF_RICE, &p, NULL, &proto, &err), &err);
    /* a step blocked by a red flag */
    {
        calfcare_blocked b = {0};
        calfcare_relief_block(&b, CALFCARE_CARE_ICE, CALFCARE_FLAG_DVT, NULL);
        calfcare_relief_iparams_init(&p, NULL);
        report(calfcare_relief_build_int(CALFCARE_RELIEF_RICE, &p, &b, &proto, &err), &err);
    }
    /* a NULL pointer */
    report(calfcare_relief_build_int(CALFCARE_RELIEF_RICE, NULL, NULL, &proto, &err), &err);
    /* a protocol the builders cannot make: 15 min of ice made 20 min + 1 ms, the total to match */
    calfcare_relief_iparams_init(&p, NULL);
    if (calfcare_relief_build_int(CALFCARE_RELIEF_RICE, &p, NULL, &proto, NULL) != CALFCARE_OK ||
        proto.steps[2].duration_ms != 900000u)
        return 1;
    proto.steps[2].duration_ms = 1200001u;
    proto.total_ms += 300001u;
    report(calfcare_relief_timer_init(&t, &proto, steps, CALFCARE_RELIEF_MAX_STEPS, &err), &err);
    proto.steps[2].duration_ms = 900000u;
    proto.total_ms -= 300001u;
    if (calfcare_relief_timer_init(&t, &proto, steps, CALFCARE_RELIEF_MAX_STEPS, &err) != CALFCARE_OK ||
        calfcare_relief_timer_start(&t, 0, &err) != CALFCARE_OK)
        return 1;
    /* state errors */
    report(calfcare_relief_timer_start(&t, 0, &err), &err);
    report(calfcare_relief_timer_update(&t, 100, NULL, 1, &n, &err), &err);
    report(calfcare_relief_timer_update(&t, 100, &ev, 0, &n, &err), &err);
    /* a corrupted saved timer */
    if (calfcare_relief_timer_save(&t, blob, sizeof blob, &err) != CALFCARE_OK)
        return 1;
    blob[calfcare_relief_timer_saved_size(&t) - 1] ^= 1u;
    report(calfcare_relief_timer_restore(&t, steps, CALFCARE_RELIEF_MAX_STEPS, blob,
                                         calfcare_relief_timer_saved_size(&t), &err),
           &err);
    report(calfcare_relief_timer_restore(&t, steps, CALFCARE_RELIEF_MAX_STEPS, blob, 70, &err), &err);
    mcu_write("end\n");
    return 0;
}
