#include "app/people_query.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <numeric>
#include <unordered_map>

#include "app/tie_snapshot.h"
#include "store/people.h"
#include "store/search.h"
#include "util/text.h"

namespace kith::app {
namespace {

constexpr int kSearchLimit = 100000;

// What a row sorts by: `number` first (descending), then `text`, then id.
struct SortKey {
  double number = 0;
  std::string text;
  int64_t id = 0;
};

bool Before(const SortKey& a, const SortKey& b) {
  if (a.number != b.number) return a.number > b.number;
  if (a.text != b.text) return a.text < b.text;
  return a.id < b.id;
}

SortKey KeyOf(const core::PersonSummary& person, const core::Assessment* assessment,
              PeopleSort sort, double relevance) {
  SortKey key{0, person.name_folded, person.id};
  switch (sort) {
    case PeopleSort::kLastContact:
      key.number = static_cast<double>(person.last_interaction_at.value_or(0));
      break;
    case PeopleSort::kStrength:
      key.number = assessment ? assessment->strength : -1;
      break;
    case PeopleSort::kRelevance:
      key.number = relevance;
      break;
    case PeopleSort::kName:
      break;
  }
  return key;
}

// "number~id~text"; the text last, since it may hold '~'.
std::string EncodeCursor(const SortKey& key) {
  return fmt::format("{}~{}~{}", key.number, key.id, key.text);
}

Result<SortKey> DecodeCursor(std::string_view cursor) {
  size_t a = cursor.find('~');
  size_t b = a == std::string_view::npos ? a : cursor.find('~', a + 1);
  if (b == std::string_view::npos) return Status::Invalid("malformed cursor");
  SortKey key;
  std::string number(cursor.substr(0, a));
  char* end = nullptr;
  key.number = std::strtod(number.c_str(), &end);
  auto id = cursor.substr(a + 1, b - a - 1);
  auto [p, ec] = std::from_chars(id.data(), id.data() + id.size(), key.id);
  if (end != number.c_str() + number.size() || ec != std::errc() || p != id.data() + id.size()) {
    return Status::Invalid("malformed cursor");
  }
  key.text = std::string(cursor.substr(b + 1));
  return key;
}

// Search hits by id, scored so that larger is better (none without `text`).
Result<std::unordered_map<int64_t, double>> Relevance(Context& ctx, std::string_view text) {
  std::unordered_map<int64_t, double> out;
  if (text.empty()) return out;
  auto hits = store::SearchPeople(ctx.db, text, kSearchLimit);
  if (!hits) return hits.status();
  for (const auto& h : *hits) out[h.id] = -h.rank;  // BM25: lower is better
  return out;
}

bool Keep(const core::Assessment* a, const PeopleQuery& q) {
  if (q.circle && (!a || a->circle != *q.circle)) return false;
  if (q.drifting_only && (!a || !a->drifting)) return false;
  return true;
}

bool HasTag(const std::vector<std::string>& folded_tags, const std::string& tag) {
  return std::find(folded_tags.begin(), folded_tags.end(), tag) != folded_tags.end();
}

// One person that passed the filters: where it is in the snapshot, and its tie.
struct Match {
  uint32_t at = 0;
  const core::Assessment* assessment = nullptr;
};

}  // namespace

Result<std::shared_ptr<const PeopleSnapshot>> LoadPeople(Context& ctx) {
  if (ctx.people != nullptr && ctx.people->snapshot) return ctx.people->snapshot;
  store::ListFilter everyone;
  everyone.include_archived = true;
  everyone.by_name = false;  // QueryPeople sorts by each query's own key
  auto people = store::ListPeople(ctx.db, everyone);
  if (!people) return people.status();
  auto snapshot = std::make_shared<PeopleSnapshot>();
  snapshot->people = std::move(*people);
  snapshot->folded_tags.reserve(snapshot->people.size());
  for (const auto& person : snapshot->people) {
    auto& folded = snapshot->folded_tags.emplace_back();
    for (const auto& t : person.tags) folded.push_back(Fold(t));
  }
  if (ctx.people != nullptr) ctx.people->snapshot = snapshot;
  return std::shared_ptr<const PeopleSnapshot>(std::move(snapshot));
}

std::optional<PeopleSort> ParsePeopleSort(std::string_view name) {
  if (name == "name") return PeopleSort::kName;
  if (name == "last_contact") return PeopleSort::kLastContact;
  if (name == "strength") return PeopleSort::kStrength;
  if (name == "relevance") return PeopleSort::kRelevance;
  return std::nullopt;
}

Result<PeoplePage> QueryPeople(Context& ctx, const PeopleQuery& q) {
  if (q.sort == PeopleSort::kRelevance && q.text.empty()) {
    return Status::Invalid("sorting by relevance needs a search text");
  }
  std::optional<SortKey> after;
  if (!q.cursor.empty()) {
    auto key = DecodeCursor(q.cursor);
    if (!key) return key.status();
    after = std::move(*key);
  }
  std::string tag = Fold(q.tag.starts_with("#") ? q.tag.substr(1) : q.tag);
  auto people = LoadPeople(ctx);
  if (!people) return people.status();
  const PeopleSnapshot& everyone = **people;
  auto ties = LoadTies(ctx);
  if (!ties) return ties.status();
  auto searched = Relevance(ctx, q.text);
  if (!searched) return searched.status();
  const auto& relevance = *searched;

  // Keys and matches side by side; the sort moves indices, and only the
  // page's rows are copied out of the snapshot.
  std::vector<SortKey> keys;
  std::vector<Match> matches;
  for (size_t i = 0; i < everyone.people.size(); ++i) {
    const core::PersonSummary& person = everyone.people[i];
    if (person.archived && !q.include_archived) continue;
    if (!tag.empty() && !HasTag(everyone.folded_tags[i], tag)) continue;
    auto hit = relevance.find(person.id);
    if (!q.text.empty() && hit == relevance.end()) continue;
    const core::Assessment* a = (*ties)->Find(person.id);
    if (!Keep(a, q)) continue;
    keys.push_back(KeyOf(person, a, q.sort, hit == relevance.end() ? 0 : hit->second));
    matches.push_back({static_cast<uint32_t>(i), a});
  }
  std::vector<uint32_t> order(matches.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return Before(keys[a], keys[b]); });

  PeoplePage page;
  page.total = matches.size();
  auto it = order.begin();
  if (after) {
    it = std::upper_bound(order.begin(), order.end(), *after,
                          [&](const SortKey& k, uint32_t i) { return Before(k, keys[i]); });
  }
  size_t limit = std::clamp<size_t>(q.limit, 1, 1000);
  for (; it != order.end() && page.rows.size() < limit; ++it) {
    const Match& m = matches[*it];
    PersonRow row{everyone.people[m.at], std::nullopt};
    if (m.assessment) row.assessment = *m.assessment;
    page.rows.push_back(std::move(row));
  }
  if (it != order.end()) page.next_cursor = EncodeCursor(keys[*std::prev(it)]);
  return page;
}

}  // namespace kith::app
