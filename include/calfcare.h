/**
 * @file calfcare.h
 * @brief libcalfcare: calf-pain guidance for runners. Include this one header.
 *
 * Areas, one header each:
 * - calfcare/common.h      status codes, error details, version, reason codes
 * - calfcare/input.h       optional validated inputs described by a schema
 * - calfcare/diagnosis.h   cause ranking and red-flag triage
 * - calfcare/relief.h      relief protocols, prevention routines and the timer engine
 * - calfcare/progression.h weekly limits, spikes, acute:chronic load, plans, batch analysis
 * - calfcare/log.h         training logs (own CSV, Strava, Garmin Connect) read and checked
 * - calfcare/shoes.h       shoe size, width, drop, cushioning, wear and rotation
 *
 * @since 1.0.0 (every declaration in this file unless its own comment says otherwise)
 */
#ifndef CALFCARE_H
#define CALFCARE_H

#include <calfcare/version.h>
#include <calfcare/common.h>
#include <calfcare/input.h>
#include <calfcare/params.h>
#include <calfcare/diagnosis.h>
#include <calfcare/relief.h>
#include <calfcare/progression.h>
#include <calfcare/log.h>
#include <calfcare/shoes.h>

#endif /* CALFCARE_H */
