// Writing what mail, calendars and chats say happened: interactions keyed by
// their source, and the `knows` edges that shared messages and meetings imply.
//
// The calls run on cached statements inside the caller's transaction, so an
// import of a large mbox costs a few executions per message. An interaction
// whose (source, source_key) is already stored is left alone and reported as
// such: importing the same file twice changes nothing.
//
//   auto id = AddImportedInteraction(db, row, now);
//   if (!id) return id.status();
//   if (*id) rows.push_back({person, row.at, **id});
//   ...
//   KITH_RETURN_IF_ERROR(AddParticipants(db, rows));
//   KITH_RETURN_IF_ERROR(CountInferredKnows(db, edges, now));
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/kinds.h"
#include "store/db.h"

namespace kith::store {

struct ImportedInteraction {
  core::InteractionKind kind = core::InteractionKind::kOther;
  int64_t at = 0;
  core::Direction direction = core::Direction::kMutual;
  std::string_view summary;
  std::string_view source;      // "mbox", "ics", "whatsapp"
  std::string_view source_key;  // required: Message-ID, UID + date, ...
};

// Adds the interaction, without participants. Returns its id, or nullopt
// when this source key was imported before.
Result<std::optional<int64_t>> AddImportedInteraction(Db& db,
                                                      const ImportedInteraction& interaction,
                                                      int64_t now);

// The same for many at once (several rows to a statement): ids[i] is the
// new id of interactions[i], or nullopt when its key was imported before.
Result<std::vector<std::optional<int64_t>>> AddImportedInteractions(
    Db& db, std::span<const ImportedInteraction> interactions, int64_t now);

struct ParticipantRow {
  int64_t person_id = 0;
  int64_t at = 0;  // the interaction's time
  int64_t interaction_id = 0;
  core::InteractionKind kind = core::InteractionKind::kOther;  // the interaction's
  core::Direction direction = core::Direction::kMutual;
  auto operator<=>(const ParticipantRow&) const = default;
};

// Adds the rows (sorted here, so the index is written in order, several
// rows to a statement). Duplicates are ignored.
Status AddParticipants(Db& db, std::vector<ParticipantRow>& rows);

struct EdgeSighting {
  int64_t a = 0;  // a < b
  int64_t b = 0;
  int64_t count = 0;
  auto operator<=>(const EdgeSighting&) const = default;
};

// Raises each edge's count by `count`, adding `inferred` edges that are
// missing (an existing edge keeps its source). Sorted here, for the index.
Status CountInferredKnows(Db& db, std::vector<EdgeSighting>& edges, int64_t now);

// Email addresses (normalized) of your own profile (person.is_me), if any.
Result<std::vector<std::string>> OwnEmails(Db& db);

}  // namespace kith::store
