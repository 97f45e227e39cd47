// `kith export --format vcard`: every person not archived as a vCard (4.0 by
// default, or 3.0), with names, work, every contact point, birthday and
// anniversary, tags as CATEGORIES and the latest note.
#pragma once

#include <string>
#include <vector>

#include "app/context.h"
#include "core/person.h"

namespace kith::app {

Result<std::string> ExportVcards(Context& ctx, int version);
// Only `people` (a list's result), in their order.
Result<std::string> ExportVcardsOf(Context& ctx, const std::vector<core::PersonSummary>& people,
                                   int version);

}  // namespace kith::app
