#include "app/json_network.h"

#include <cmath>

#include "app/json.h"

namespace kith::app {
namespace {

using nlohmann::json;

double Round2(double x) { return std::round(x * 100) / 100; }

json Ref(const core::PersonRef& r) { return {{"id", r.id}, {"name", r.name}}; }

}  // namespace

json ToJson(const core::Assessment& a) {
  return {{"circle", core::Name(a.circle)},
          {"circle_inferred", a.circle_inferred},
          {"cadence_days", a.cadence_days},
          {"strength", std::round(a.strength)},
          {"silence_days", a.silence_days},
          {"overdue_ratio", Round2(a.overdue_ratio)},
          {"drifting", a.drifting},
          {"snoozed", a.snoozed},
          {"due", a.due_at ? json(FormatDay(*a.due_at)) : json(nullptr)}};
}

json ToJson(const TodayEntry& e) {
  const auto& a = e.assessment;
  return {{"person", Ref(e.person)},
          {"reason", e.reason},
          {"opener", e.opener},
          {"due", a.due_at ? json(FormatDay(*a.due_at)) : json(nullptr)},
          {"circle", core::Name(a.circle)},
          {"strength", std::round(a.strength)},
          {"overdue_ratio", Round2(a.overdue_ratio)}};
}

json ToJson(const TieReport& report) {
  json top = json::array();
  for (const auto& c : report.strength.top) {
    top.push_back({{"at", IsoTime(c.touch.at)},
                   {"kind", core::Name(c.touch.kind)},
                   {"direction", core::Name(c.touch.direction)},
                   {"weight_now", c.weight_now}});
  }
  const auto& a = report.assessment;
  return {{"person", Ref(report.person)},
          {"strength", report.strength.score},
          {"circle", core::Name(a.circle)},
          {"circle_inferred", a.circle_inferred},
          {"cadence_days", a.cadence_days},
          {"silence_days", a.silence_days},
          {"usual_gap_days", report.stats.median_gap_days},
          {"overdue_ratio", a.overdue_ratio},
          {"drifting", a.drifting},
          {"interactions", report.strength.count},
          {"top", top}};
}

json ToJson(const WarmPath& p) {
  json hops = json::array();
  for (const auto& h : p.hops) {
    hops.push_back({{"person", Ref(h.to)}, {"strength", Round2(h.strength)}, {"why", h.why}});
  }
  return {{"strength", std::round(p.strength * 1000) / 1000}, {"hops", hops}};
}

json ToJson(const PersonRow& row) {
  json out = ToJson(row.summary);
  out["tie"] = row.assessment ? ToJson(*row.assessment) : json(nullptr);
  return out;
}

}  // namespace kith::app
