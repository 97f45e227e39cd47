// Events you go to and who you met there, follow-ups after them, groups you
// share with people, and the opportunities you track with them: the same use
// cases as `kith event`, `kith followups`, `kith group` and `kith opp`.
#include <fmt/format.h>

#include "app/events.h"
#include "app/json_events.h"
#include "app/opportunities.h"
#include "server/api.h"
#include "util/text.h"

namespace kith::server {
namespace {

using nlohmann::json;

json Refs(const std::vector<core::PersonRef>& people) {
  json out = json::array();
  for (const auto& p : people) out.push_back({{"id", p.id}, {"name", p.name}});
  return out;
}

Response ListEvents(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto limit = IntQuery(q, "limit", 20, 1, 1000);
    if (!limit) return limit.status();
    std::string match(q.Query("q"));
    if (match.size() > 1000) return Status::Invalid("q is longer than 1000 bytes");
    auto events = store::FindEvents(ctx.db, Fold(match), static_cast<int>(*limit));
    if (!events) return events.status();
    json items = json::array();
    for (const auto& e : *events) items.push_back(app::ToJson(e));
    return json{{"items", items}};
  });
}

Response AddEvent(Request& q, app::Context& ctx) {
  return Reply(
      [&]() -> Result<json> {
        auto body = BodyObject(q);
        if (!body) return body.status();
        auto name = StringField(*body, "name", 1000);
        auto date = StringField(*body, "date", 100);
        auto place = StringField(*body, "place");
        for (auto* field : {&name, &date, &place}) {
          if (!*field) return field->status();
        }
        if (date->empty()) return Status::Invalid("date: give when the event is (YYYY-MM-DD)");
        auto event = app::AddEvent(ctx, *name, *date, *place);
        if (!event) return event.status();
        return app::ToJson(*event);
      },
      201);
}

Response MetAtEvent(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto id = IdParam(q, "an event");
    if (!id) return id.status();
    auto body = BodyObject(q);
    if (!body) return body.status();
    auto people = PeopleField(*body, "people");
    if (!people) return people.status();
    if (people->empty()) return Status::Invalid("people: say whom you met there");
    auto report = app::MetAt(ctx, fmt::format("#{}", *id), *people);
    if (!report) return report.status();
    return json{{"event", app::ToJson(report->event)},
                {"added", Refs(report->added)},
                {"already", Refs(report->already)}};
  });
}

Response GetFollowups(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto days = IntQuery(q, "days", 14, 1, 3650);
    if (!days) return days.status();
    auto list = app::Followups(ctx, static_cast<int>(*days));
    if (!list) return list.status();
    json items = json::array();
    for (const auto& f : *list) items.push_back(app::ToJson(f, ctx.now));
    return json{{"window_hours", app::kFollowUpHours}, {"items", items}};
  });
}

Response ListGroups(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    std::string name(q.Query("name"));
    if (name.size() > 1000) return Status::Invalid("name is longer than 1000 bytes");
    auto groups = store::ListGroups(ctx.db, Fold(name));
    if (!groups) return groups.status();
    json items = json::array();
    for (const auto& g : *groups) items.push_back(app::ToJson(g));
    return json{{"items", items}};
  });
}

Response JoinGroup(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto body = BodyObject(q);
    if (!body) return body.status();
    auto group = StringField(*body, "group", 1000);
    if (!group) return group.status();
    auto people = PeopleField(*body, "people");
    if (!people) return people.status();
    if (people->empty()) return Status::Invalid("people: say who is in the group");
    auto joined = app::JoinGroup(ctx, *group, *people);
    if (!joined) return joined.status();
    return json{{"group", joined->group},
                {"added", Refs(joined->added)},
                {"already", Refs(joined->already)}};
  });
}

Response ListOpportunities(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    std::string status(q.Query("status"));
    if (status.size() > 100) return Status::Invalid("status is longer than 100 bytes");
    auto all = store::ListOpportunities(ctx.db, status);
    if (!all) return all.status();
    json items = json::array();
    for (const auto& o : *all) items.push_back(app::ToJson(o));
    return json{{"items", items}};
  });
}

Response AddOpportunity(Request& q, app::Context& ctx) {
  return Reply(
      [&]() -> Result<json> {
        auto body = BodyObject(q);
        if (!body) return body.status();
        app::NewOpportunity opp;
        for (auto [key, slot] : {std::pair{"title", &opp.title}, std::pair{"kind", &opp.kind},
                                 std::pair{"status", &opp.status}}) {
          auto v = StringField(*body, key, 1000);
          if (!v) return v.status();
          if (!v->empty() || std::string_view(key) == "title") *slot = std::move(*v);
        }
        auto with = PeopleField(*body, "with");
        if (!with) return with.status();
        opp.with = std::move(*with);
        auto added = app::AddOpportunity(ctx, opp);
        if (!added) return added.status();
        return app::ToJson(*added);
      },
      201);
}

Response SetOpportunityStatus(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto id = IdParam(q, "an opportunity");
    if (!id) return id.status();
    auto body = BodyObject(q);
    if (!body) return body.status();
    auto value = StringField(*body, "value", 100);
    if (!value) return value.status();
    auto changed = app::SetOpportunity(ctx, *id, *value);
    if (!changed) return changed.status();
    return app::ToJson(*changed);
  });
}

}  // namespace

void AddEventRoutes(Router& r) {
  const std::string api = kApi;
  r.Add("GET", api + "/events", ListEvents);
  r.Add("POST", api + "/events", AddEvent);
  r.Add("POST", api + "/events/:id/met", MetAtEvent);
  r.Add("GET", api + "/followups", GetFollowups);
  r.Add("GET", api + "/groups", ListGroups);
  r.Add("POST", api + "/groups/join", JoinGroup);
  r.Add("GET", api + "/opportunities", ListOpportunities);
  r.Add("POST", api + "/opportunities", AddOpportunity);
  r.Add("PUT", api + "/opportunities/:id/status", SetOpportunityStatus);
}

}  // namespace kith::server
