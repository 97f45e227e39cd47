// `kith list ... --export csv|vcard|mailto`: the people of a list (a
// fundraiser's invitees, a dinner's guests) in the form you need next: a CSV
// or vCards for another tool, or one mailto: link with everyone in Bcc.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "core/person.h"

namespace kith::app {

struct ListExport {
  std::string content;                    // the file, or the link and a newline
  std::vector<core::PersonRef> left_out;  // mailto: people without an email address
};

// "csv", "vcard" or "mailto".
Result<ListExport> ExportList(Context& ctx, const std::vector<core::PersonSummary>& people,
                              std::string_view format);

}  // namespace kith::app
