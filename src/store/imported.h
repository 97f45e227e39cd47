// Writing what mail, calendars and chats say happened: interactions keyed by
// their source, and the `knows` edges that shared messages and meetings imply.
//
// Both calls run on cached statements inside the caller's transaction, so an
// import of a large mbox costs a few executions per message. An interaction
// whose (source, source_key) is already stored is left alone and reported as
// such: importing the same file twice changes nothing.
//
//   auto added = AddImportedInteraction(db, row, participant_ids, now);
//   if (!added) return added.status();
//   if (*added) KITH_RETURN_IF_ERROR(CountInferredKnows(db, a, b, now));
#pragma once

#include <cstdint>
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

// Adds the interaction with `participants` (person ids, no duplicates).
// Returns false when this source key was imported before.
Result<bool> AddImportedInteraction(Db& db, const ImportedInteraction& interaction,
                                    std::span<const int64_t> participants, int64_t now);

// One more sighting of `a` and `b` together (either order, a != b): adds an
// `inferred` edge or raises the count of the existing one, whatever its source.
Status CountInferredKnows(Db& db, int64_t a, int64_t b, int64_t now);

// Email addresses (normalized) of your own profile (person.is_me), if any.
Result<std::vector<std::string>> OwnEmails(Db& db);

}  // namespace kith::store
