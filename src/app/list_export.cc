#include "app/list_export.h"

#include <fmt/format.h>

#include "app/csv_export.h"
#include "app/vcard_export.h"
#include "store/details.h"

namespace kith::app {
namespace {

// Percent-encodes what may not stand in a mailto: URI's query.
std::string UriEscape(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    bool plain = std::isalnum(c) || c == '@' || c == '.' || c == '-' || c == '_' || c == '+';
    out += plain ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return out;
}

Result<ListExport> Mailto(Context& ctx, const std::vector<core::PersonSummary>& people) {
  ListExport out;
  std::vector<std::string> addresses;
  for (const auto& p : people) {
    auto contacts = store::ContactsOf(ctx.db, p.id);
    if (!contacts) return contacts.status();
    bool found = false;
    for (const auto& c : *contacts) {
      if (c.kind != core::ContactKind::kEmail) continue;
      addresses.push_back(UriEscape(c.value));
      found = true;
      break;
    }
    if (!found) out.left_out.push_back({p.id, p.name});
  }
  if (addresses.empty()) return Status::NotFound("nobody on this list has an email address");
  out.content = fmt::format("mailto:?bcc={}\n", fmt::join(addresses, ","));
  return out;
}

}  // namespace

Result<ListExport> ExportList(Context& ctx, const std::vector<core::PersonSummary>& people,
                              std::string_view format) {
  if (format == "mailto") return Mailto(ctx, people);
  Result<std::string> content = Status::Invalid(
      fmt::format("cannot export a list as '{}': use csv, vcard or mailto", format));
  if (format == "csv") content = ExportCsvOf(ctx, people);
  if (format == "vcard") content = ExportVcardsOf(ctx, people, 4);
  if (!content) return content.status();
  return ListExport{std::move(*content), {}};
}

}  // namespace kith::app
