// Keeping in touch: the reconnect queue and its actions, circles, cadences,
// what is coming up.
#include <fmt/format.h>

#include "app/json.h"
#include "app/json_network.h"
#include "app/keep_in_touch.h"
#include "server/api.h"

namespace kith::server {
namespace {

using nlohmann::json;

json RefJson(const core::PersonRef& r) { return {{"id", r.id}, {"name", r.name}}; }

Response GetToday(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto n = IntQuery(q, "n", ctx.config.queue_size, 1, 100);
    if (!n) return n.status();
    auto entries = app::Today(ctx, static_cast<size_t>(*n));
    if (!entries) return entries.status();
    json items = json::array();
    for (const auto& e : *entries) items.push_back(app::ToJson(e));
    return json{{"date", FormatDay(ctx.now)}, {"items", items}};
  });
}

Response MarkDone(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto who = PersonParam(q);
    if (!who) return who.status();
    auto body = BodyObject(q);
    if (!body) return body.status();
    auto note = StringField(*body, "note");
    if (!note) return note.status();
    auto ref = app::Done(ctx, *who, *note);
    if (!ref) return ref.status();
    return json{{"person", RefJson(*ref)}, {"done", true}};
  });
}

Response SnoozePerson(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto who = PersonParam(q);
    if (!who) return who.status();
    auto body = BodyObject(q);
    if (!body) return body.status();
    auto days = body->value("days", json(7));
    if (!days.is_number_integer() || days.get<int64_t>() < 0 || days.get<int64_t>() > 3650) {
      return Status::Invalid("days is a whole number from 0 to 3650");
    }
    auto ref = app::Snooze(ctx, *who, days.get<int>());
    if (!ref) return ref.status();
    return json{{"person", RefJson(*ref)}, {"snoozed_days", days}};
  });
}

// PUT {"value": "..."} through `set` (circle or cadence).
Handler SetField(const char* field, Result<core::PersonRef> (*set)(app::Context&, std::string_view,
                                                                   std::string_view)) {
  return [field, set](Request& q, app::Context& ctx) {
    return Reply([&]() -> Result<json> {
      auto who = PersonParam(q);
      if (!who) return who.status();
      auto body = BodyObject(q);
      if (!body) return body.status();
      auto value = StringField(*body, "value", 100);
      if (!value) return value.status();
      if (value->empty()) return Status::Invalid(fmt::format("{}: give a value or 'auto'", field));
      auto ref = set(ctx, *who, *value);
      if (!ref) return ref.status();
      return json{{"person", RefJson(*ref)}, {field, *value}};
    });
  };
}

Response GetUpcoming(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto days = IntQuery(q, "days", 14, 1, 366);
    if (!days) return days.status();
    auto up = app::ListUpcoming(ctx, static_cast<int>(*days));
    if (!up) return up.status();
    json dates = json::array(), due = json::array();
    for (const auto& d : up->dates) {
      dates.push_back({{"person", RefJson(d.person)},
                       {"kind", d.date.kind},
                       {"date", FormatDate(d.next)},
                       {"days", d.days}});
    }
    for (const auto& d : up->due) {
      due.push_back(
          {{"person", RefJson(d.person)}, {"days", d.days}, {"tie", app::ToJson(d.assessment)}});
    }
    return json{{"dates", dates}, {"due", due}};
  });
}

Response GetTie(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto who = PersonParam(q);
    if (!who) return who.status();
    auto report = app::ExplainTie(ctx, *who);
    if (!report) return report.status();
    return app::ToJson(*report);
  });
}

}  // namespace

void AddKeepInTouchRoutes(Router& r) {
  const std::string api = kApi;
  r.Add("GET", api + "/today", GetToday);
  r.Add("POST", api + "/today/:id/done", MarkDone);
  r.Add("POST", api + "/today/:id/snooze", SnoozePerson);
  r.Add("GET", api + "/upcoming", GetUpcoming);
  r.Add("GET", api + "/people/:id/tie", GetTie);
  r.Add("PUT", api + "/people/:id/circle", SetField("circle", app::SetCircle));
  r.Add("PUT", api + "/people/:id/cadence", SetField("cadence", app::SetCadence));
}

}  // namespace kith::server
