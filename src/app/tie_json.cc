#include "app/tie_json.h"

#include <cmath>

#include "app/brief_json.h"
#include "util/date.h"

namespace kith::app {

void WriteAssessment(JsonWriter& w, const core::Assessment& a) {
  w.BeginObject();
  w.Key("circle").String(core::Name(a.circle));
  w.Key("circle_inferred").Bool(a.circle_inferred);
  w.Key("cadence_days").Int(a.cadence_days);
  w.Key("strength").Double(std::round(a.strength));
  w.Key("silence_days").Int(a.silence_days);
  w.Key("overdue_ratio").Double(std::round(a.overdue_ratio * 100) / 100);
  w.Key("drifting").Bool(a.drifting);
  w.Key("snoozed").Bool(a.snoozed);
  w.Key("due");
  if (a.due_at) {
    w.String(FormatDay(*a.due_at));
  } else {
    w.Null();
  }
  w.EndObject();
}

void WriteTieMembers(JsonWriter& w, const TieReport& report) {
  const auto& a = report.assessment;
  w.Key("person");
  WriteRef(w, report.person);
  w.Key("strength").Double(report.strength.score);
  w.Key("circle").String(core::Name(a.circle));
  w.Key("circle_inferred").Bool(a.circle_inferred);
  w.Key("cadence_days").Int(a.cadence_days);
  w.Key("silence_days").Int(a.silence_days);
  w.Key("usual_gap_days").Double(report.stats.median_gap_days);
  w.Key("overdue_ratio").Double(a.overdue_ratio);
  w.Key("drifting").Bool(a.drifting);
  w.Key("interactions").Int(report.strength.count);
  w.Key("top").BeginArray();
  for (const auto& c : report.strength.top) {
    w.BeginObject().Key("at");
    WriteTime(w, c.touch.at);
    w.Key("kind").String(core::Name(c.touch.kind));
    w.Key("direction").String(core::Name(c.touch.direction));
    w.Key("weight_now").Double(c.weight_now).EndObject();
  }
  w.EndArray();
}

}  // namespace kith::app
