#include "app/json.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <ctime>

namespace kith::app {
namespace {

using nlohmann::json;

json OptionalTime(const std::optional<int64_t>& t) { return t ? json(IsoTime(*t)) : json(nullptr); }

json Ref(const core::PersonRef& r) { return {{"id", r.id}, {"name", r.name}}; }

json Contacts(const std::vector<core::ContactPoint>& contacts) {
  json out = json::array();
  for (const auto& c : contacts) {
    out.push_back({{"kind", core::Name(c.kind)},
                   {"value", c.value},
                   {"normalized", c.normalized},
                   {"label", c.label}});
  }
  return out;
}

json Facts(const std::vector<core::Fact>& facts) {
  json out = json::array();
  for (const auto& f : facts) out.push_back({{"kind", core::Name(f.kind)}, {"text", f.text}});
  return out;
}

json Asks(const std::vector<core::NeedOffer>& items, core::Side side) {
  json out = json::array();
  for (const auto& n : items) {
    if (n.side == side) out.push_back({{"text", n.text}, {"open", n.open}});
  }
  return out;
}

json Dates(const std::vector<core::ImportantDate>& dates) {
  json out = json::array();
  for (const auto& d : dates) out.push_back({{"kind", d.kind}, {"date", FormatDate(d.date)}});
  return out;
}

json Notes(const std::vector<core::Note>& notes) {
  json out = json::array();
  for (const auto& n : notes) out.push_back({{"at", IsoTime(n.created_at)}, {"body", n.body}});
  return out;
}

json Counts(const std::vector<std::pair<std::string, int64_t>>& items) {
  json out = json::array();
  for (const auto& [name, n] : items) out.push_back({{"name", name}, {"count", n}});
  return out;
}

}  // namespace

std::string IsoTime(int64_t t) {
  auto tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", tm);
}

json ToJson(const core::Person& p) {
  return {{"id", p.id},
          {"name", p.name},
          {"company", p.company},
          {"title", p.title},
          {"location", p.location},
          {"met",
           {{"where", p.met_where},
            {"how", p.met_how},
            {"on", OptionalTime(p.met_on)},
            {"through", p.met_through ? Ref(*p.met_through) : json(nullptr)}}},
          {"archived", p.archived_at.has_value()},
          {"created_at", IsoTime(p.created_at)},
          {"updated_at", IsoTime(p.updated_at)}};
}

json ToJson(const core::Interaction& in) {
  json who = json::array();
  for (const auto& p : in.participants) who.push_back(Ref(p));
  return {{"id", in.id},           {"kind", core::Name(in.kind)},
          {"at", IsoTime(in.at)},  {"direction", core::Name(in.direction)},
          {"summary", in.summary}, {"source", in.source},
          {"participants", who}};
}

json ToJson(const core::Brief& b) {
  json out = ToJson(b.person);
  out["contacts"] = Contacts(b.contacts);
  out["tags"] = b.tags;
  out["facts"] = Facts(b.facts);
  out["needs"] = Asks(b.needs_offers, core::Side::kNeed);
  out["offers"] = Asks(b.needs_offers, core::Side::kOffer);
  out["dates"] = Dates(b.dates);
  out["notes"] = Notes(b.notes);
  json recent = json::array();
  for (const auto& in : b.recent) recent.push_back(ToJson(in));
  out["recent_interactions"] = recent;
  json events = json::array();
  for (const auto& e : b.events) {
    events.push_back(
        {{"id", e.id}, {"name", e.name}, {"place", e.place}, {"at", OptionalTime(e.at)}});
  }
  out["events"] = events;
  out["groups"] = b.groups;
  json opps = json::array();
  for (const auto& o : b.opportunities) {
    opps.push_back({{"id", o.id}, {"title", o.title}, {"kind", o.kind}, {"status", o.status}});
  }
  out["opportunities"] = opps;
  json intros = json::array();
  for (const auto& i : b.intros) {
    intros.push_back({{"id", i.id},
                      {"with", {{"id", i.other.id}, {"name", i.other.name}}},
                      {"state", i.state},
                      {"outcome", i.outcome}});
  }
  out["intros"] = intros;
  out["interaction_count"] = b.interaction_count;
  out["last_interaction_at"] = OptionalTime(b.last_interaction_at);
  return out;
}

json ToJson(const core::PersonSummary& s) {
  return {{"id", s.id},
          {"name", s.name},
          {"company", s.company},
          {"title", s.title},
          {"tags", s.tags},
          {"last_interaction_at", OptionalTime(s.last_interaction_at)},
          {"archived", s.archived}};
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
