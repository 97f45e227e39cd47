// Interactions: what happened between you and one or more people, when, who
// started it, and where it came from.
//
// An interaction with a source key is stored at most once per source: adding
// it again returns std::nullopt and changes nothing, which makes re-imports
// idempotent. Participants are stored with the interaction's time so that a
// person's last contact is an index look-up.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/person.h"
#include "store/db.h"

namespace kith::store {

// Stores `interaction` with participants `person_ids` (ignoring
// interaction.participants). Returns the new id, or nullopt when an
// interaction with the same source and source key exists.
Result<std::optional<int64_t>> AddInteraction(Db& db, const core::Interaction& interaction,
                                              const std::vector<int64_t>& person_ids, int64_t now);

// The person's latest interactions, newest first, with all participants.
Result<std::vector<core::Interaction>> RecentInteractions(Db& db, int64_t person_id, int limit);

}  // namespace kith::store
