// A tie's assessment and explanation written straight to text
// (util/json_writer.h), the one definition of their shape: the person page
// and the people list (app/people_json.h) embed them, and app/json_network.h's
// ToJson for an assessment and a tie report parse what these write (the CLI's
// --json, /upcoming and /people/{id}/tie).
//
//   JsonWriter w;
//   w.BeginObject();
//   WriteTieMembers(w, report);   // "person", "strength", ..., "top"
//   w.Key("assessment");
//   WriteAssessment(w, report.assessment);
//   w.EndObject();
#pragma once

#include "app/keep_in_touch.h"
#include "core/reconnect_queue.h"
#include "util/json_writer.h"

namespace kith::app {

// The assessment as an object: circle, cadence, strength (whole), silence,
// overdue ratio (two decimals), drifting, snoozed, due day.
void WriteAssessment(JsonWriter& w, const core::Assessment& assessment);
// The report's members, into an object the caller has opened.
void WriteTieMembers(JsonWriter& w, const TieReport& report);

}  // namespace kith::app
