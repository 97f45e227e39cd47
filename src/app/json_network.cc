#include "app/json_network.h"

#include <cmath>

#include "app/json.h"
#include "app/tie_json.h"

namespace kith::app {
namespace {

using nlohmann::json;

double Round2(double x) { return std::round(x * 100) / 100; }

json Ref(const core::PersonRef& r) { return {{"id", r.id}, {"name", r.name}}; }

}  // namespace

json ToJson(const core::Assessment& a) {
  JsonWriter w;
  WriteAssessment(w, a);
  return json::parse(w.str());
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
  JsonWriter w;
  w.BeginObject();
  WriteTieMembers(w, report);
  w.EndObject();
  return json::parse(w.str());
}

json ToJson(const WarmPath& p) {
  json hops = json::array();
  for (const auto& h : p.hops) {
    hops.push_back({{"person", Ref(h.to)}, {"strength", Round2(h.strength)}, {"why", h.why}});
  }
  return {{"strength", std::round(p.strength * 1000) / 1000}, {"hops", hops}};
}

}  // namespace kith::app
