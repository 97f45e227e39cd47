// The people list behind the web UI and `GET /api/v1/people`: everyone (or
// the matches of a search), filtered by tag, circle and drifting, sorted by
// name, last contact or tie strength, one page at a time.
//
// Pages use keyset cursors: a cursor names the sort key and id of the last
// row returned, and the next page starts after it, so adding or removing
// people between requests never repeats or skips a row that stayed.
#pragma once

#include <memory>
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

// Everyone's list row (archived people included), read once per state of the
// data: a face that keeps it between calls (Context::people) drops it when
// the data changes, as it drops the tie snapshot.
struct PeopleSnapshot {
  std::vector<core::PersonSummary> people;            // in no particular order
  std::vector<std::vector<std::string>> folded_tags;  // each person's, in the same order
};
struct PeopleCache {
  std::shared_ptr<const PeopleSnapshot> snapshot;
};

// The snapshot in ctx.people when there is one, else a fresh one (kept there
// when ctx.people is set).
Result<std::shared_ptr<const PeopleSnapshot>> LoadPeople(Context& ctx);

// "name", "last_contact", "strength", "relevance".
std::optional<PeopleSort> ParsePeopleSort(std::string_view name);

Result<PeoplePage> QueryPeople(Context& ctx, const PeopleQuery& query);

}  // namespace kith::app
