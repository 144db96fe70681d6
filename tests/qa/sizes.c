/*
 * Sizes of every caller-allocated public struct, the RAM an app or a watch gives the library.
 *
 * Built two ways:
 * - on the host, as a program that prints a table (bytes; LP64 on x86-64 Linux);
 * - for the target with -DSIZES_OBJECT -c (tests/footprint.sh, arm-none-eabi-gcc for the Cortex-M4F):
 *   no program, one array `size_of_<type>` of sizeof(<type>) bytes per struct, read back with
 *   `nm -S`, so the sizes come from the cross compiler without running anything on the target.
 */
#include <calfcare.h>

#define SIZES(X)                                                                                   \
    X(calfcare_error)                                                                              \
    X(calfcare_blocked)                                                                            \
    X(calfcare_input)                                                                              \
    X(calfcare_diagnosis)                                                                          \
    X(calfcare_relief_params)                                                                      \
    X(calfcare_relief_protocol)                                                                    \
    X(calfcare_relief_timer)                                                                       \
    X(calfcare_relief_timer_step)                                                                  \
    X(calfcare_relief_timer_info)                                                                  \
    X(calfcare_relief_event)                                                                       \
    X(calfcare_progression_params)                                                                 \
    X(calfcare_progression_weekly_result)                                                          \
    X(calfcare_progression_spike_result)                                                           \
    X(calfcare_progression_acwr_result)                                                            \
    X(calfcare_progression_plan_params)                                                            \
    X(calfcare_progression_plan)                                                                   \
    X(calfcare_progression_rtr)                                                                    \
    X(calfcare_progression_rtr_gate_input)                                                         \
    X(calfcare_progression_rtr_gate_result)                                                        \
    X(calfcare_log_reader)                                                                         \
    X(calfcare_log_options)                                                                        \
    X(calfcare_log_sizes)                                                                          \
    X(calfcare_log_report)                                                                         \
    X(calfcare_shoes_size_result)                                                                  \
    X(calfcare_shoes_chart)                                                                        \
    X(calfcare_shoes_brand_size_result)                                                            \
    X(calfcare_shoes_advice)

#ifdef SIZES_OBJECT
#define ARRAY(t) extern const unsigned char size_of_##t[sizeof(t)]; const unsigned char size_of_##t[sizeof(t)] = {0};
SIZES(ARRAY)
#else
#include <stdio.h>

int main(void)
{
#define ROW(t) printf("%-40s %6zu\n", #t, sizeof(t));
    printf("caller-allocated structs on this host (%s), bytes:\n", sizeof(void *) == 8 ? "LP64" : "ILP32");
    SIZES(ROW)
    /* The library's own view must agree with the headers (bindings use these functions). */
    if (calfcare_relief_timer_size() != sizeof(calfcare_relief_timer) || calfcare_input_size() != sizeof(calfcare_input)) {
        printf("sizes: the library was built with other struct sizes than these headers\n");
        return 1;
    }
    return 0;
}
#endif
