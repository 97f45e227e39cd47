// Connecting people: your profile, asking the network, needs you can meet,
// and who to introduce to whom.
#include <fmt/format.h>

#include "app/ask.h"
#include "app/help_out.h"
#include "app/intro_ideas.h"
#include "app/intros.h"
#include "app/json_connect.h"
#include "app/json_intros.h"
#include "app/me.h"
#include "server/api.h"

namespace kith::server {
namespace {

using nlohmann::json;

Result<json> MeJson(app::Context& ctx) {
  auto me = app::LoadMe(ctx);
  if (!me) return me.status();
  return app::ToJson(*me);
}

Response GetMe(Request&, app::Context& ctx) {
  return Reply([&]() -> Result<json> { return MeJson(ctx); });
}

// {"name": "Ana Silva"} and/or {"offer": "..."}, {"need": "..."}, {"skill": "..."}.
Response UpdateMe(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto body = BodyObject(q);
    if (!body) return body.status();
    std::vector<std::pair<std::string, std::string>> given;
    for (const char* key : {"name", "offer", "need", "skill"}) {
      auto v = StringField(*body, key, 2000);
      if (!v) return v.status();
      if (!v->empty()) given.push_back({key, std::move(*v)});
    }
    if (given.empty()) return Status::Invalid("give a name, offer, need or skill");
    for (const auto& [key, text] : given) {
      Result<core::PersonRef> done =
          key == "name" ? app::SetMyName(ctx, text)
                        : app::AddToProfile(ctx,
                                            key == "offer"  ? app::ProfileItem::kOffer
                                            : key == "need" ? app::ProfileItem::kNeed
                                                            : app::ProfileItem::kSkill,
                                            text);
      if (!done) return done.status();
    }
    return MeJson(ctx);
  });
}

Response Ask(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    std::string text(q.Query("q"));
    if (text.size() > 1000) return Status::Invalid("q is longer than 1000 bytes");
    auto limit = IntQuery(q, "limit", 5, 1, 100);
    if (!limit) return limit.status();
    auto answers = app::Ask(ctx, text, static_cast<int>(*limit));
    if (!answers) return answers.status();
    json items = json::array();
    for (const auto& a : *answers) items.push_back(app::ToJson(a));
    return json{{"items", items}};
  });
}

Response HelpOut(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto limit = IntQuery(q, "limit", 10, 1, 1000);
    if (!limit) return limit.status();
    auto list = app::HelpOut(ctx, static_cast<int>(*limit));
    if (!list) return list.status();
    return app::ToJson(*list);
  });
}

Response IntroIdeas(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto limit = IntQuery(q, "limit", 10, 1, 1000);
    if (!limit) return limit.status();
    auto ideas = app::SuggestIntros(ctx, static_cast<int>(*limit));
    if (!ideas) return ideas.status();
    json items = json::array();
    for (const auto& i : *ideas) items.push_back(app::ToJson(i));
    return json{{"items", items}};
  });
}

Response ListIntros(Request&, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto open = app::ListOpenIntros(ctx);
    if (!open) return open.status();
    json items = json::array();
    for (const auto& v : *open) items.push_back(app::ToJson(v));
    return json{{"items", items}};
  });
}

// {"a": 12 or "Ana", "b": ..., "why": "..."}: asks `a` first.
Response StartIntro(Request& q, app::Context& ctx) {
  return Reply(
      [&]() -> Result<json> {
        auto body = BodyObject(q);
        if (!body) return body.status();
        auto a = PersonField(*body, "a");
        if (!a) return a.status();
        auto b = PersonField(*body, "b");
        if (!b) return b.status();
        auto why = StringField(*body, "why", 2000);
        if (!why) return why.status();
        auto started = app::StartIntro(ctx, *a, *b, *why);
        if (!started) return started.status();
        return app::ToJson(*started);
      },
      201);
}

// {"step": "accepted"|"declined"|"introduced"|"outcome", "text": "..."}.
Response StepIntro(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto id = IdParam(q, "an intro");
    if (!id) return id.status();
    auto body = BodyObject(q);
    if (!body) return body.status();
    auto step = StringField(*body, "step", 100);
    if (!step) return step.status();
    auto text = StringField(*body, "text", 2000);
    if (!text) return text.status();
    auto stepped = app::StepIntro(ctx, *id, *step, *text);
    if (!stepped) return stepped.status();
    return app::ToJson(*stepped);
  });
}

}  // namespace

void AddConnectRoutes(Router& r) {
  const std::string api = kApi;
  r.Add("GET", api + "/me", GetMe);
  r.Add("PATCH", api + "/me", UpdateMe);
  r.Add("GET", api + "/ask", Ask);
  r.Add("GET", api + "/help-out", HelpOut);
  r.Add("GET", api + "/intros/suggestions", IntroIdeas);
  r.Add("GET", api + "/intros", ListIntros);
  r.Add("POST", api + "/intros", StartIntro);
  r.Add("POST", api + "/intros/:id/step", StepIntro);
}

}  // namespace kith::server
