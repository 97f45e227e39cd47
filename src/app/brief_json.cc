#include "app/brief_json.h"

#include <fmt/format.h>

#include <ctime>

#include "util/date.h"

namespace kith::app {
namespace {

void WriteContacts(JsonWriter& w, const std::vector<core::ContactPoint>& contacts) {
  w.BeginArray();
  for (const auto& c : contacts) {
    w.BeginObject();
    w.Key("kind").String(core::Name(c.kind));
    w.Key("value").String(c.value);
    w.Key("normalized").String(c.normalized);
    w.Key("label").String(c.label);
    w.EndObject();
  }
  w.EndArray();
}

void WriteFacts(JsonWriter& w, const std::vector<core::Fact>& facts) {
  w.BeginArray();
  for (const auto& f : facts) {
    w.BeginObject().Key("kind").String(core::Name(f.kind)).Key("text").String(f.text).EndObject();
  }
  w.EndArray();
}

void WriteAsks(JsonWriter& w, const std::vector<core::NeedOffer>& items, core::Side side) {
  w.BeginArray();
  for (const auto& n : items) {
    if (n.side != side) continue;
    w.BeginObject().Key("text").String(n.text).Key("open").Bool(n.open).EndObject();
  }
  w.EndArray();
}

void WriteDates(JsonWriter& w, const std::vector<core::ImportantDate>& dates) {
  w.BeginArray();
  for (const auto& d : dates) {
    w.BeginObject().Key("kind").String(d.kind).Key("date").String(FormatDate(d.date)).EndObject();
  }
  w.EndArray();
}

void WriteNotes(JsonWriter& w, const std::vector<core::Note>& notes) {
  w.BeginArray();
  for (const auto& n : notes) {
    w.BeginObject().Key("at");
    WriteTime(w, n.created_at);
    w.Key("body").String(n.body).EndObject();
  }
  w.EndArray();
}

void WriteEvents(JsonWriter& w, const std::vector<core::EventRef>& events) {
  w.BeginArray();
  for (const auto& e : events) {
    w.BeginObject().Key("id").Int(e.id).Key("name").String(e.name);
    w.Key("place").String(e.place).Key("at");
    WriteTime(w, e.at);
    w.EndObject();
  }
  w.EndArray();
}

void WriteOpportunities(JsonWriter& w, const std::vector<core::OpportunityRef>& opportunities) {
  w.BeginArray();
  for (const auto& o : opportunities) {
    w.BeginObject().Key("id").Int(o.id).Key("title").String(o.title);
    w.Key("kind").String(o.kind).Key("status").String(o.status).EndObject();
  }
  w.EndArray();
}

void WriteIntros(JsonWriter& w, const std::vector<core::IntroRef>& intros) {
  w.BeginArray();
  for (const auto& i : intros) {
    w.BeginObject().Key("id").Int(i.id).Key("with");
    WriteRef(w, i.other);
    w.Key("state").String(i.state).Key("outcome").String(i.outcome).EndObject();
  }
  w.EndArray();
}

void WriteStrings(JsonWriter& w, const std::vector<std::string>& items) {
  w.BeginArray();
  for (const auto& s : items) w.String(s);
  w.EndArray();
}

// Two digits of `n` (0..99) appended.
void Append2(std::string& out, int n) {
  out += static_cast<char>('0' + n / 10);
  out += static_cast<char>('0' + n % 10);
}

}  // namespace

void AppendIsoTime(std::string& out, int64_t t) {
  auto tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  int year = tm.tm_year + 1900;
  if (year < 0 || year > 9999) {  // outside what four digits hold: rare, slower
    out += fmt::format("{:04}-", year);
  } else {
    Append2(out, year / 100);
    Append2(out, year % 100);
    out += '-';
  }
  Append2(out, tm.tm_mon + 1);
  out += '-';
  Append2(out, tm.tm_mday);
  out += 'T';
  Append2(out, tm.tm_hour);
  out += ':';
  Append2(out, tm.tm_min);
  out += ':';
  Append2(out, tm.tm_sec);
  out += 'Z';
}

void WriteRef(JsonWriter& w, const core::PersonRef& r) {
  w.BeginObject().Key("id").Int(r.id).Key("name").String(r.name).EndObject();
}

void WriteTime(JsonWriter& w, const std::optional<int64_t>& t) {
  if (!t) {
    w.Null();
    return;
  }
  std::string text;
  AppendIsoTime(text, *t);
  w.String(text);
}

void WritePersonMembers(JsonWriter& w, const core::Person& p) {
  w.Key("id").Int(p.id);
  w.Key("name").String(p.name);
  w.Key("company").String(p.company);
  w.Key("title").String(p.title);
  w.Key("location").String(p.location);
  w.Key("met").BeginObject();
  w.Key("where").String(p.met_where);
  w.Key("how").String(p.met_how);
  w.Key("on");
  WriteTime(w, p.met_on);
  w.Key("through");
  if (p.met_through) {
    WriteRef(w, *p.met_through);
  } else {
    w.Null();
  }
  w.EndObject();
  w.Key("archived").Bool(p.archived_at.has_value());
  w.Key("created_at");
  WriteTime(w, p.created_at);
  w.Key("updated_at");
  WriteTime(w, p.updated_at);
}

void WriteInteraction(JsonWriter& w, const core::Interaction& in) {
  w.BeginObject();
  w.Key("id").Int(in.id);
  w.Key("kind").String(core::Name(in.kind));
  w.Key("at");
  WriteTime(w, in.at);
  w.Key("direction").String(core::Name(in.direction));
  w.Key("summary").String(in.summary);
  w.Key("source").String(in.source);
  w.Key("participants").BeginArray();
  for (const auto& p : in.participants) WriteRef(w, p);
  w.EndArray();
  w.EndObject();
}

void WriteBriefMembers(JsonWriter& w, const core::Brief& b) {
  WritePersonMembers(w, b.person);
  w.Key("contacts");
  WriteContacts(w, b.contacts);
  w.Key("tags");
  WriteStrings(w, b.tags);
  w.Key("facts");
  WriteFacts(w, b.facts);
  w.Key("needs");
  WriteAsks(w, b.needs_offers, core::Side::kNeed);
  w.Key("offers");
  WriteAsks(w, b.needs_offers, core::Side::kOffer);
  w.Key("dates");
  WriteDates(w, b.dates);
  w.Key("notes");
  WriteNotes(w, b.notes);
  w.Key("recent_interactions").BeginArray();
  for (const auto& in : b.recent) WriteInteraction(w, in);
  w.EndArray();
  w.Key("events");
  WriteEvents(w, b.events);
  w.Key("groups");
  WriteStrings(w, b.groups);
  w.Key("opportunities");
  WriteOpportunities(w, b.opportunities);
  w.Key("intros");
  WriteIntros(w, b.intros);
  w.Key("interaction_count").Int(b.interaction_count);
  w.Key("last_interaction_at");
  WriteTime(w, b.last_interaction_at);
}

}  // namespace kith::app
