// Turning what a user typed into one person: "12" or "#12" (an id), an email
// address, or a fragment of a name matched case- and accent-insensitively
// ("zoe" finds Zoë Adler).
//
// Among name matches, an exact full name beats a match at the start of a word
// ("ben" → Ben Okafor), which beats a match inside a word (Reuben); active
// people beat archived ones. When the best group holds more than one person
// the reference is ambiguous and the error lists the candidates with ids.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

#include "app/context.h"
#include "core/person.h"
#include "store/db.h"

namespace kith::app {

Result<core::PersonRef> ResolvePerson(store::Db& db, std::string_view reference);

// Resolves `who`, then runs `write` with their id inside one transaction:
// the shape of every "change one person" use case.
Result<core::PersonRef> WriteForPerson(Context& ctx, std::string_view who,
                                       const std::function<Status(int64_t id)>& write);

}  // namespace kith::app
