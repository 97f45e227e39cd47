// People: inserting, updating, archiving, reading and finding them.
//
// Names are stored as typed and as a folded key (util/text.h Fold) so that
// look-ups by fragment ignore case and accents. All functions run on the
// caller's connection and inside the caller's transaction, if any.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/person.h"
#include "store/db.h"

namespace kith::store {

// Inserts `person` (its id is ignored) and returns the new id.
Result<int64_t> InsertPerson(Db& db, const core::Person& person, int64_t now);

// Writes every editable field of `person` (matched by id).
Status UpdatePerson(Db& db, const core::Person& person, int64_t now);

// Makes `id` your own profile (is_me); there is at most one.
Status MarkAsMe(Db& db, int64_t id);

// Sets or clears archived_at.
Status SetArchived(Db& db, int64_t id, std::optional<int64_t> archived_at, int64_t now);

Result<core::Person> GetPerson(Db& db, int64_t id);

struct PersonMatch {
  int64_t id = 0;
  std::string name;
  std::string name_folded;
  std::string company;
  bool archived = false;
};

// People whose folded name contains `folded_fragment`; at most `limit`, best
// first: active before archived, then exact name, then a match at the start of
// a word, then by name.
Result<std::vector<PersonMatch>> FindByName(Db& db, const std::string& folded_fragment, int limit);

// People whose folded name is exactly `folded_name` (an index look-up).
Result<std::vector<PersonMatch>> FindByExactName(Db& db, const std::string& folded_name, int limit);

// People with a contact point of `kind` whose normalized value is `normalized`.
Result<std::vector<PersonMatch>> FindByContact(Db& db, core::ContactKind kind,
                                               const std::string& normalized);

// Every person's id, folded name and company, by id; for an import's
// identity index (import/identity_index.h).
Status ForEachPersonName(Db& db, const std::function<void(int64_t id, std::string_view name_folded,
                                                          std::string_view company)>& visit);

// Every contact point's person, kind and normalized value, for the same.
Status ForEachContactKey(Db& db, const std::function<void(int64_t person_id, core::ContactKind kind,
                                                          std::string_view normalized)>& visit);

struct ListFilter {
  std::string tag;  // folded tag name; empty: any
  bool include_archived = false;
  int limit = 0;  // 0: no limit
  // false: in the table's order, for a caller that sorts them itself (the
  // people list); reading by name costs a look-up per person.
  bool by_name = true;
};

// People for `kith list`, ordered by name (unless !by_name), with tags and
// last contact (from person_stats, which every writer of interactions keeps
// current).
Result<std::vector<core::PersonSummary>> ListPeople(Db& db, const ListFilter& filter);

}  // namespace kith::store
