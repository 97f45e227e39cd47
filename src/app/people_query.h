// The people list behind the web UI and `GET /api/v1/people`: everyone (or
// the matches of a search), filtered by tag, circle and drifting, sorted by
// name, last contact or tie strength, one page at a time.
//
// Pages use keyset cursors: a cursor names the sort key and id of the last
// row returned, and the next page starts after it, so adding or removing
// people between requests never repeats or skips a row that stayed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/person.h"
#include "core/reconnect_queue.h"

namespace kith::app {

enum class PeopleSort { kName, kLastContact, kStrength, kRelevance };

struct PeopleQuery {
  std::string text;  // full-text search; empty: everyone
  std::string tag;   // "" or "#tag" or "tag"
  std::optional<core::Circle> circle;
  bool drifting_only = false;
  bool include_archived = false;
  PeopleSort sort = PeopleSort::kName;  // kRelevance needs `text`
  size_t limit = 50;
  std::string cursor;  // from the previous page; empty: the first page
};

struct PersonRow {
  core::PersonSummary summary;
  std::optional<core::Assessment> assessment;  // none for archived people
};

struct PeoplePage {
  std::vector<PersonRow> rows;
  std::string next_cursor;  // empty on the last page
  size_t total = 0;         // rows matching the filters, all pages
};

// "name", "last_contact", "strength", "relevance".
std::optional<PeopleSort> ParsePeopleSort(std::string_view name);

Result<PeoplePage> QueryPeople(Context& ctx, const PeopleQuery& query);

}  // namespace kith::app
