// `kith export --format csv`: every person not archived as one row of a CSV
// shaped like Google Contacts' export (the layout before 2023), which Google
// Contacts, Outlook.com, most address books and `kith import` read back.
//
//   Result<std::string> csv = ExportCsv(ctx);
//
// Columns: Name, Given Name and Family Name (the name split at its last
// space), Organization 1 - Name and - Title, Birthday, Notes (the latest
// note), Group Membership (tags joined with " ::: "), then numbered pairs for
// as many values as anyone has: E-mail N - Type/Value, Phone N - Type/Value,
// Website N - Type/Value, IM N - Service/Value, Address N - Type/Formatted,
// and Event N - Type/Value for dates other than the birthday. Labels go in
// the Type columns. CRLF line ends, no BOM, quoted only where needed.
#pragma once

#include <string>
#include <vector>

#include "app/context.h"
#include "core/person.h"

namespace kith::app {

Result<std::string> ExportCsv(Context& ctx);
// Only `people` (a list's result), in their order.
Result<std::string> ExportCsvOf(Context& ctx, const std::vector<core::PersonSummary>& people);

}  // namespace kith::app
