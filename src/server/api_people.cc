// People: list, get, capture, edit, archive.
#include <fmt/format.h>

#include "app/brief.h"
#include "app/brief_json.h"
#include "app/json.h"
#include "app/keep_in_touch.h"
#include "app/people.h"
#include "app/people_json.h"
#include "app/people_query.h"
#include "app/tie_json.h"
#include "core/capture.h"
#include "server/api.h"

namespace kith::server {
namespace {

using nlohmann::json;

constexpr int kHistoryPoints = 13;  // a year, monthly
constexpr int kHistoryStepDays = 30;

Result<app::PeopleQuery> ReadPeopleQuery(const Request& q) {
  app::PeopleQuery out;
  out.text = std::string(q.Query("q"));
  out.tag = std::string(q.Query("tag"));
  if (auto circle = q.Query("circle"); !circle.empty()) {
    out.circle = core::ParseCircle(circle);
    if (!out.circle) return Status::Invalid(fmt::format("no circle called '{}'", circle));
  }
  out.drifting_only = q.Query("drifting") == "true" || q.Query("drifting") == "1";
  out.include_archived = q.Query("archived") == "true" || q.Query("archived") == "1";
  auto sort = q.Query("sort", out.text.empty() ? "name" : "relevance");
  auto parsed = app::ParsePeopleSort(sort);
  if (!parsed) return Status::Invalid("sort is one of name, last_contact, strength, relevance");
  out.sort = *parsed;
  auto limit = IntQuery(q, "limit", 50, 1, 1000);
  if (!limit) return limit.status();
  out.limit = static_cast<size_t>(*limit);
  out.cursor = std::string(q.Query("cursor"));
  if (out.text.size() > 1000) return Status::Invalid("q is longer than 1000 bytes");
  return out;
}

Response ListPeople(Request& q, app::Context& ctx) {
  auto query = ReadPeopleQuery(q);
  if (!query) return FromStatus(query.status());
  auto page = app::QueryPeople(ctx, *query);
  if (!page) return FromStatus(page.status());
  return JsonText(app::PeoplePageJson(*page));
}

// The brief, the tie (for people not archived) and its history, written
// straight to text: the API's most read document.
Result<std::string> PersonJson(app::Context& ctx, std::string_view who) {
  auto brief = app::LoadBrief(ctx, who);
  if (!brief) return brief.status();
  JsonWriter w;
  w.BeginObject();
  app::WriteBriefMembers(w, *brief);
  // The brief's touches serve the explanation and the chart.
  const auto& touches = brief->touches;
  w.Key("tie");
  if (brief->person.archived_at) {
    w.Null();
  } else {
    auto tie = app::ExplainTie(ctx, {brief->person.id, brief->person.name}, touches);
    if (!tie) return tie.status();
    w.BeginObject();
    app::WriteTieMembers(w, *tie);
    w.Key("assessment");
    app::WriteAssessment(w, tie->assessment);
    w.EndObject();
  }
  w.Key("strength_history").BeginArray();
  for (const auto& p : app::StrengthHistory(ctx, touches, kHistoryPoints, kHistoryStepDays)) {
    w.BeginObject().Key("at");
    app::WriteTime(w, p.at);
    w.Key("strength").Double(std::round(p.strength)).EndObject();
  }
  w.EndArray();
  w.EndObject();
  return w.Take();
}

Response GetPerson(Request& q, app::Context& ctx) {
  auto who = PersonParam(q);
  if (!who) return FromStatus(who.status());
  auto body = PersonJson(ctx, *who);
  if (!body) return FromStatus(body.status());
  return JsonText(std::move(*body));
}

// {"capture": "Ben Okafor; works at Acme; ...", "dry_run": false}
Response CreatePerson(Request& q, app::Context& ctx) {
  auto body = BodyObject(q);
  if (!body) return FromStatus(body.status());
  auto line = StringField(*body, "capture", core::kMaxCaptureBytes);
  if (!line) return FromStatus(line.status());
  if (line->empty()) return Error(400, "invalid", "capture: type at least a name");
  bool dry_run = body->value("dry_run", false);
  auto capture = core::ParseCapture(*line);
  if (!capture) return FromStatus(capture.status());
  auto prepared = app::PreparePerson(ctx, *capture);
  if (!prepared) return FromStatus(prepared.status());
  json out = app::ToJson(*prepared);
  out["dry_run"] = dry_run;
  if (dry_run) return Json(out);
  auto id = app::WritePerson(ctx, *prepared);
  if (!id) return FromStatus(id.status());
  auto stored = PersonJson(ctx, fmt::format("#{}", *id));
  if (!stored) return FromStatus(stored.status());
  json person = json::parse(*stored);
  person["warnings"] = out["warnings"];
  return Json(person, 201).Header("Location", fmt::format("{}/people/{}", kApi, *id));
}

Result<app::PersonEdit> ReadEdit(const json& body) {
  app::PersonEdit edit;
  const std::pair<const char*, std::optional<std::string>*> fields[] = {
      {"name", &edit.name},         {"company", &edit.company},     {"title", &edit.title},
      {"location", &edit.location}, {"met_where", &edit.met_where}, {"met_how", &edit.met_how},
      {"met_via", &edit.met_via},   {"met_on", &edit.met_on}};
  bool any = false;
  for (const auto& [key, slot] : fields) {
    if (!body.contains(key)) continue;
    auto value = StringField(body, key);
    if (!value) return value.status();
    *slot = std::move(*value);
    any = true;
  }
  if (!any) return Status::Invalid("nothing to change: send at least one field");
  return edit;
}

Response EditPerson(Request& q, app::Context& ctx) {
  return Reply([&]() -> Result<json> {
    auto who = PersonParam(q);
    if (!who) return who.status();
    auto body = BodyObject(q);
    if (!body) return body.status();
    auto edit = ReadEdit(*body);
    if (!edit) return edit.status();
    auto person = app::EditPerson(ctx, *who, *edit);
    if (!person) return person.status();
    auto stored = PersonJson(ctx, *who);
    if (!stored) return stored.status();
    return json::parse(*stored);
  });
}

Handler Archive(bool archived) {
  return [archived](Request& q, app::Context& ctx) {
    return Reply([&]() -> Result<json> {
      auto who = PersonParam(q);
      if (!who) return who.status();
      auto ref = app::ArchivePerson(ctx, *who, archived);
      if (!ref) return ref.status();
      return json{{"id", ref->id}, {"name", ref->name}, {"archived", archived}};
    });
  };
}

}  // namespace

void AddPeopleRoutes(Router& r) {
  const std::string base = std::string(kApi) + "/people";
  r.Add("GET", base, ListPeople);
  r.Add("POST", base, CreatePerson);
  r.Add("GET", base + "/:id", GetPerson);
  r.Add("PATCH", base + "/:id", EditPerson);
  r.Add("POST", base + "/:id/archive", Archive(true));
  r.Add("POST", base + "/:id/unarchive", Archive(false));
}

}  // namespace kith::server
