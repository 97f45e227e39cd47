// What you remember about a person: facts, notes, needs and offers, tags,
// dates, contact points, and the interactions you log with them.
#include <fmt/format.h>

#include "app/details.h"
#include "app/json.h"
#include "app/resolve.h"
#include "core/kinds.h"
#include "server/api.h"
#include "store/interactions.h"

namespace kith::server {
namespace {

using nlohmann::json;

json RefJson(const core::PersonRef& r) { return {{"id", r.id}, {"name", r.name}}; }

// A route that reads the person and `fields` from the body and calls `write`.
using DetailWrite = std::function<Result<core::PersonRef>(app::Context&, const std::string& who,
                                                          const std::vector<std::string>& values)>;

Handler Detail(std::vector<const char*> fields, DetailWrite write) {
  return [fields = std::move(fields), write = std::move(write)](Request& q, app::Context& ctx) {
    return Reply(
        [&]() -> Result<json> {
          auto who = PersonParam(q);
          if (!who) return who.status();
          auto body = BodyObject(q);
          if (!body) return body.status();
          std::vector<std::string> values;
          for (const char* field : fields) {
            auto v = StringField(*body, field);
            if (!v) return v.status();
            values.push_back(std::move(*v));
          }
          auto ref = write(ctx, *who, values);
          if (!ref) return ref.status();
          return json{{"person", RefJson(*ref)}};
        },
        201);
  };
}

Result<std::vector<std::string>> TagList(const json& body) {
  auto it = body.find("tags");
  if (it == body.end() || !it->is_array() || it->empty()) {
    return Status::Invalid("tags must be a non-empty array of strings");
  }
  std::vector<std::string> out;
  for (const auto& t : *it) {
    if (!t.is_string() || t.get<std::string>().size() > 200) {
      return Status::Invalid("each tag is a string of at most 200 bytes");
    }
    out.push_back(t.get<std::string>());
  }
  return out;
}

Response AddTags(Request& q, app::Context& ctx) {
  return Reply(
      [&]() -> Result<json> {
        auto who = PersonParam(q);
        if (!who) return who.status();
        auto body = BodyObject(q);
        if (!body) return body.status();
        auto tags = TagList(*body);
        if (!tags) return tags.status();
        auto ref = app::AddTags(ctx, *who, *tags);
        if (!ref) return ref.status();
        return json{{"person", RefJson(*ref)}};
      },
      201);
}

Result<app::LogRequest> ReadLog(const json& body) {
  app::LogRequest r;
  const std::pair<const char*, std::string*> fields[] = {
      {"who", &r.who}, {"kind", &r.kind}, {"when", &r.when}, {"note", &r.note}};
  for (const auto& [key, slot] : fields) {
    auto v = StringField(body, key);
    if (!v) return v.status();
    *slot = std::move(*v);
  }
  if (r.kind.empty()) r.kind = "other";
  auto direction = StringField(body, "direction");
  if (!direction) return direction.status();
  if (!direction->empty()) {
    r.direction = core::ParseDirection(*direction);
    if (!r.direction) return Status::Invalid(fmt::format("no direction called '{}'", *direction));
  }
  auto with = PeopleField(body, "with");
  if (!with) return with.status();
  r.with = std::move(*with);
  return r;
}

Response LogForPerson(Request& q, app::Context& ctx) {
  return Reply(
      [&]() -> Result<json> {
        auto who = PersonParam(q);
        if (!who) return who.status();
        auto body = BodyObject(q);
        if (!body) return body.status();
        auto request = ReadLog(*body);
        if (!request) return request.status();
        request->who = *who;
        auto logged = app::LogInteraction(ctx, *request);
        if (!logged) return logged.status();
        return app::ToJson(logged->interaction);
      },
      201);
}

Response Interactions(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto who = PersonParam(q);
    if (!who) return who.status();
    auto limit = IntQuery(q, "limit", 50, 1, 1000);
    if (!limit) return limit.status();
    auto ref = app::ResolvePerson(ctx.db, *who);
    if (!ref) return ref.status();
    auto items = store::RecentInteractions(ctx.db, ref->id, static_cast<int>(*limit));
    if (!items) return items.status();
    json out = json::array();
    for (const auto& in : *items) out.push_back(app::ToJson(in));
    return json{{"person", RefJson(*ref)}, {"items", out}};
  });
}

}  // namespace

void AddDetailRoutes(Router& r) {
  const std::string base = std::string(kApi) + "/people/:id";
  r.Add("POST", base + "/facts", Detail({"kind", "text"}, [](auto& ctx, auto& who, auto& v) {
          return app::AddFact(ctx, who, v[0].empty() ? "other" : v[0], v[1]);
        }));
  r.Add("POST", base + "/notes", Detail({"body"}, [](auto& ctx, auto& who, auto& v) {
          return app::AddNote(ctx, who, v[0]);
        }));
  r.Add("POST", base + "/needs", Detail({"text"}, [](auto& ctx, auto& who, auto& v) {
          return app::AddNeedOffer(ctx, who, core::Side::kNeed, v[0]);
        }));
  r.Add("POST", base + "/offers", Detail({"text"}, [](auto& ctx, auto& who, auto& v) {
          return app::AddNeedOffer(ctx, who, core::Side::kOffer, v[0]);
        }));
  r.Add("POST", base + "/dates", Detail({"kind", "date"}, [](auto& ctx, auto& who, auto& v) {
          return app::SetDate(ctx, who, v[0], v[1]);
        }));
  r.Add("POST", base + "/contacts",
        Detail({"kind", "value", "label"}, [](auto& ctx, auto& who, auto& v) {
          return app::AddContact(ctx, who, v[0], v[1], v[2]);
        }));
  r.Add("POST", base + "/tags", AddTags);
  r.Add("GET", base + "/interactions", Interactions);
  r.Add("POST", base + "/interactions", LogForPerson);
}

}  // namespace kith::server
