/* The safety gate (calfcare/diagnosis.h: calfcare_diagnosis_gate()): one table saying, for each red
 * flag, its triage level, the care it blocks, the first aid still allowed and why, with sources.
 * The diagnosis builds its blocked set and its first-aid advice from these rows only; the relief
 * builder refuses what the blocked set names; the diagnosis advises running targets, routines and
 * protocols only where the blocked set lets them build. Principle and table: docs/diagnosis.md
 * "The safety gate". */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "internal.h"

/* What pressing, rubbing or stretching the calf needs to be safe: nothing that could dislodge a
 * clot or load a torn or broken structure. */
#define SOFT (CALFCARE_CARE_MASSAGE | CALFCARE_CARE_FOAM_ROLL | CALFCARE_CARE_STRETCH)
/* Everything that loads the calf: running and the routines' drills and calf raises. */
#define LOAD CALFCARE_CARE_RUNNING
/* Care whose own safety check needs normal sensation: ice ("stop if the skin goes numb"), a bandage
 * ("loosen if the toes tingle"), stretching and rolling ("a gentle pull, never pain"). */
#define SENSATION (CALFCARE_CARE_ICE | CALFCARE_CARE_COMPRESSION | SOFT)

static const calfcare_diagnosis_gate_rule gate[] = {
    {CALFCARE_FLAG_DVT, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN, SOFT | LOAD | CALFCARE_CARE_COMPRESSION, CALFCARE_RELIEF_REST,
     "a possible clot is assessed before any loading; massage, rolling and stretching over a clot have preceded "
     "pulmonary embolism, and a bandage on the leg is the clinician's decision once a clot is excluded or found; "
     "rest with the leg raised touches nothing",
     "wells1997,nice_ng158"},
    {CALFCARE_FLAG_ACHILLES_RUPTURE, CALFCARE_DIAGNOSIS_TRIAGE_URGENT, SOFT | LOAD, CALFCARE_RELIEF_RICE,
     "a possible rupture is seen the same day and must not be loaded or stretched; rest, ice, a bandage and "
     "elevation on the way are first aid that neither loads nor stretches the tendon",
     "maffulli1998,brief"},
    {CALFCARE_FLAG_CALF_TEAR, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN, SOFT | LOAD, CALFCARE_RELIEF_RICE,
     "a possible tear (and a clot the clinician must rule out) is assessed before loading, stretching or rubbing; "
     "RICE protects it until then",
     "redflags,brief"},
    {CALFCARE_FLAG_EXERTIONAL, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN, SOFT | LOAD, CALFCARE_RELIEF_RICE,
     "compartment syndrome or artery entrapment is assessed before any loading; RICE is allowed unless numbness "
     "comes with it (then the nerve row applies too)",
     "redflags"},
    {CALFCARE_FLAG_STRESS_FRACTURE, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN, SOFT | LOAD, CALFCARE_RELIEF_RICE,
     "a possible fracture is assessed before loading; stretching and rolling press or pull on the bone; RICE "
     "does neither",
     "redflags,brief"},
    {CALFCARE_FLAG_SYSTEMIC, CALFCARE_DIAGNOSIS_TRIAGE_URGENT, SOFT | LOAD | CALFCARE_CARE_ICE | CALFCARE_CARE_COMPRESSION,
     CALFCARE_RELIEF_REST,
     "fever with calf pain (infection, clot) is assessed today; there is nothing to treat on the calf itself, "
     "so only rest with the leg raised",
     "redflags,nice_ng158"},
    {CALFCARE_FLAG_NERVE, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN, SENSATION | LOAD, CALFCARE_RELIEF_REST,
     "reduced sensation rules out ice and any care whose own safety check needs feeling (a bandage's 'loosen if "
     "the toes tingle', stretching and rolling to 'a gentle pull, never pain'); rest with the leg raised needs none",
     "bleakley2004,redflags"},
    {CALFCARE_FLAG_CANNOT_BEAR_WEIGHT, CALFCARE_DIAGNOSIS_TRIAGE_URGENT, SOFT | LOAD, CALFCARE_RELIEF_RICE,
     "not bearing weight for four steps is the Ottawa rules' criterion for imaging; until then nothing loads, "
     "stretches or rubs the leg, and RICE is the first aid",
     "stiell1992,redflags"},
    {CALFCARE_FLAG_REST_NIGHT_PAIN, CALFCARE_DIAGNOSIS_TRIAGE_SEE_CLINICIAN, LOAD, CALFCARE_RELIEF_RICE,
     "pain at rest or at night is explained by a clinician before training resumes; sensation is intact, so RICE "
     "is allowed",
     "redflags"},
};

const calfcare_diagnosis_gate_rule *calfcare_diagnosis_gate(int flag)
{
    size_t i;
    for (i = 0; i < CC_COUNTOF(gate); i++)
        if (gate[i].flag == flag)
            return &gate[i];
    return NULL;
}
