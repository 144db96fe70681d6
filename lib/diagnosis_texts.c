/* Diagnosis texts (calfcare/diagnosis.h): the reason table of lib/diagnosis_rules.h with its texts,
 * apart from the scoring in lib/diagnosis.c so that firmware that never looks a text up links none
 * of it (its strings are in this file's sections only), and a build without texts or with the
 * caller's texts leaves it out (docs/embedding.md). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "diagnosis_rules.h"
#include "internal.h"

#define DX_TEXT_RULE(code, name, text, source, strength, cause, points) {code, name, text, source, strength},
#define DX_TEXT_FLAG(code, name, text, source) {code, name, text, source, "F"},
#define DX_TEXT_ADVICE(code, name, text, source, strength) {code, name, text, source, strength},
static const calfcare_reason dx_reasons[] = {DX_RULES(DX_TEXT_RULE, DX_TEXT_FLAG, DX_TEXT_ADVICE)};

const calfcare_reason *cc_diagnosis_reason(int code)
{
    return cc_reason_find(dx_reasons, CC_COUNTOF(dx_reasons), code);
}
