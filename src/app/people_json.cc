#include "app/people_json.h"

#include "app/brief_json.h"
#include "app/tie_json.h"

namespace kith::app {

void WriteSummaryMembers(JsonWriter& w, const core::PersonSummary& s) {
  w.Key("id").Int(s.id);
  w.Key("name").String(s.name);
  w.Key("company").String(s.company);
  w.Key("title").String(s.title);
  w.Key("tags").BeginArray();
  for (const auto& tag : s.tags) w.String(tag);
  w.EndArray();
  w.Key("last_interaction_at");
  WriteTime(w, s.last_interaction_at);
  w.Key("archived").Bool(s.archived);
}

void WritePersonRow(JsonWriter& w, const PersonRow& row) {
  w.BeginObject();
  WriteSummaryMembers(w, row.summary);
  w.Key("tie");
  if (row.assessment) {
    WriteAssessment(w, *row.assessment);
  } else {
    w.Null();
  }
  w.EndObject();
}

std::string PeoplePageJson(const PeoplePage& page) {
  JsonWriter w;
  w.BeginObject().Key("items").BeginArray();
  for (const auto& row : page.rows) WritePersonRow(w, row);
  w.EndArray();
  w.Key("total").Int(static_cast<int64_t>(page.total));
  w.Key("next_cursor");
  if (page.next_cursor.empty()) {
    w.Null();
  } else {
    w.String(page.next_cursor);
  }
  w.EndObject();
  return w.Take();
}

}  // namespace kith::app
