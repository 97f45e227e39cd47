#include "app/json_events.h"

#include "app/json.h"

namespace kith::app {
namespace {

using nlohmann::json;

json Ref(const core::PersonRef& r) { return {{"id", r.id}, {"name", r.name}}; }

json Refs(const std::vector<core::PersonRef>& people) {
  json out = json::array();
  for (const auto& p : people) out.push_back(Ref(p));
  return out;
}

json OptionalTime(const std::optional<int64_t>& t) { return t ? json(IsoTime(*t)) : json(nullptr); }

}  // namespace

json ToJson(const store::Event& e) {
  return {{"id", e.id},
          {"name", e.name},
          {"place", e.place},
          {"starts_at", OptionalTime(e.starts_at)},
          {"met", e.met}};
}

json ToJson(const FollowUp& f, int64_t now) {
  return {{"person", Ref(f.met.person)},
          {"event", ToJson(f.met.event)},
          {"due_at", IsoTime(f.due_at)},
          {"hours_left", (f.due_at - now) / 3600},
          {"overdue", f.overdue}};
}

json ToJson(const store::Group& g) {
  return {{"id", g.id}, {"name", g.name}, {"members", Refs(g.members)}};
}

json ToJson(const store::Opportunity& o) {
  return {{"id", o.id},         {"title", o.title},         {"kind", o.kind},
          {"status", o.status}, {"people", Refs(o.people)}, {"updated_at", IsoTime(o.updated_at)}};
}

json ToJson(const store::MergeSummary& s) {
  json counts = json::array();
  for (const auto& c : s.counts) {
    counts.push_back(
        {{"table", c.table}, {"moved", c.moved}, {"dropped", c.dropped}, {"combined", c.combined}});
  }
  return {{"merge_id", s.merge_id},
          {"kept", Ref(s.kept)},
          {"other", Ref(s.other)},
          {"counts", counts},
          {"filled", s.filled}};
}

json ToJson(const store::MergeEntry& m) {
  return {{"id", m.id},
          {"kept", Ref(m.kept)},
          {"other", Ref(m.other)},
          {"merged_at", IsoTime(m.merged_at)},
          {"undone_at", OptionalTime(m.undone_at)}};
}

}  // namespace kith::app
