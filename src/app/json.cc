#include "app/json.h"

#include "app/brief_json.h"
#include "app/people_json.h"

namespace kith::app {
namespace {

using nlohmann::json;

json OptionalTime(const std::optional<int64_t>& t) { return t ? json(IsoTime(*t)) : json(nullptr); }

json Ref(const core::PersonRef& r) { return {{"id", r.id}, {"name", r.name}}; }

json Counts(const std::vector<std::pair<std::string, int64_t>>& items) {
  json out = json::array();
  for (const auto& [name, n] : items) out.push_back({{"name", name}, {"count", n}});
  return out;
}

}  // namespace

std::string IsoTime(int64_t t) {
  std::string out;
  AppendIsoTime(out, t);
  return out;
}

// The brief, the person and the interaction are written by brief_json.cc,
// their one definition; these parse it back for callers that add to them.
json ToJson(const core::Person& p) {
  JsonWriter w;
  w.BeginObject();
  WritePersonMembers(w, p);
  w.EndObject();
  return json::parse(w.str());
}

json ToJson(const core::Interaction& in) {
  JsonWriter w;
  WriteInteraction(w, in);
  return json::parse(w.str());
}

json ToJson(const core::Brief& b) {
  JsonWriter w;
  w.BeginObject();
  WriteBriefMembers(w, b);
  w.EndObject();
  return json::parse(w.str());
}

json ToJson(const core::PersonSummary& s) {
  JsonWriter w;
  w.BeginObject();
  WriteSummaryMembers(w, s);
  w.EndObject();
  return json::parse(w.str());
}

json ToJson(const store::NetworkSummary& s) {
  return {{"people", s.people},
          {"archived", s.archived},
          {"interactions", s.interactions},
          {"interactions_last_30_days", s.interactions_last_30_days},
          {"knows_edges", s.knows_edges},
          {"facts", s.facts},
          {"open_needs", s.open_needs},
          {"open_offers", s.open_offers},
          {"first_interaction_at", OptionalTime(s.first_interaction_at)},
          {"last_interaction_at", OptionalTime(s.last_interaction_at)},
          {"top_tags", Counts(s.top_tags)},
          {"top_companies", Counts(s.top_companies)},
          {"most_in_touch", s.most_in_touch ? Ref(*s.most_in_touch) : json(nullptr)}};
}

json ToJson(const PreparedPerson& p) {
  json out = ToJson(p.person);
  json contacts = json::array();
  for (const auto& c : p.contacts) {
    contacts.push_back({{"kind", core::Name(c.kind)}, {"value", c.value}});
  }
  json facts = json::array();
  for (const auto& f : p.facts) facts.push_back({{"kind", core::Name(f.kind)}, {"text", f.text}});
  json dates = json::array();
  for (const auto& d : p.dates) dates.push_back({{"kind", d.kind}, {"date", FormatDate(d.date)}});
  out["contacts"] = contacts;
  out["facts"] = facts;
  out["needs"] = p.needs;
  out["offers"] = p.offers;
  out["tags"] = p.tags;
  out["notes"] = p.notes;
  out["dates"] = dates;
  out["warnings"] = p.warnings;
  return out;
}

}  // namespace kith::app
