// The people list written straight to text (util/json_writer.h), the one
// definition of its shape: `GET /api/v1/people` writes pages of up to 1,000
// rows with it, and app/json.h's ToJson for a person summary (`kith list
// --json`) parses what WriteSummaryMembers writes.
//
//   {"items": [{"id": 7, "name": "Ana Lima", "company": "", "title": "",
//               "tags": [], "last_interaction_at": null, "archived": false,
//               "tie": {...} or null}],
//    "total": 1, "next_cursor": null}
#pragma once

#include <string>

#include "app/people_query.h"
#include "core/person.h"
#include "util/json_writer.h"

namespace kith::app {

// The summary's members, into an object the caller has opened.
void WriteSummaryMembers(JsonWriter& w, const core::PersonSummary& summary);
// The row as an object: the summary's members and "tie" (the assessment, or
// null for an archived person).
void WritePersonRow(JsonWriter& w, const PersonRow& row);
// The page as the list route's document.
std::string PeoplePageJson(const PeoplePage& page);

}  // namespace kith::app
