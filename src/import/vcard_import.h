// vCard files into people: each card becomes a PersonRecord and goes through
// identity resolution (import/people_merger.h). Parsing errors stop the
// import with "file:line: what"; the caller's transaction then leaves the
// database as it was.
#pragma once

#include <string_view>

#include "import/people_merger.h"

namespace kith::import {

// Imports every card of `text` (named `source` in messages).
Status ImportVcards(std::string_view text, std::string_view source, PeopleMerger& merger,
                    ImportReport& report);

}  // namespace kith::import
