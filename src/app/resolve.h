// Turning what a user typed into one person: "12" or "#12" (an id), an email
// address, or a fragment of a name matched case- and accent-insensitively
// ("zoe" finds Zoë Adler).
//
// Among name matches, an exact full name beats a match at the start of a word
// ("ben" → Ben Okafor), which beats a match inside a word (Reuben); active
// people beat archived ones. When the best group holds more than one person
// the reference is ambiguous and the error lists the candidates with ids.
#pragma once

#include <string_view>

#include "core/person.h"
#include "store/db.h"

namespace kith::app {

Result<core::PersonRef> ResolvePerson(store::Db& db, std::string_view reference);

}  // namespace kith::app
