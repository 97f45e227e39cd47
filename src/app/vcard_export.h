// `kith export --format vcard`: every person not archived as a vCard (4.0 by
// default, or 3.0), with names, work, every contact point, birthday and
// anniversary, tags as CATEGORIES and the latest note.
#pragma once

#include <string>

#include "app/context.h"

namespace kith::app {

Result<std::string> ExportVcards(Context& ctx, int version);

}  // namespace kith::app
