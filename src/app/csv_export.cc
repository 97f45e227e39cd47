#include "app/csv_export.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "formats/csv.h"
#include "store/details.h"
#include "store/people.h"

namespace kith::app {
namespace {

// Numbered columns: "E-mail 1 - Type", "E-mail 1 - Value", "E-mail 2 - Type", ...
struct Group {
  std::string_view name;
  std::string_view label_column;
  std::string_view value_column;
};

// Indexed by core::ContactKind (email, phone, url, handle, address), then the
// events.
constexpr std::array<Group, 6> kGroups = {{
    {"E-mail", "Type", "Value"},
    {"Phone", "Type", "Value"},
    {"Website", "Type", "Value"},
    {"IM", "Service", "Value"},
    {"Address", "Type", "Formatted"},
    {"Event", "Type", "Value"},
}};
constexpr size_t kEvents = 5;

constexpr std::string_view kFixedColumns[] = {
    "Name",     "Given Name", "Family Name",     "Organization 1 - Name", "Organization 1 - Title",
    "Birthday", "Notes",      "Group Membership"};

using Labeled = std::vector<std::pair<std::string, std::string>>;  // (label, value)

struct Row {
  std::vector<std::string> fixed;
  std::array<Labeled, kGroups.size()> groups;
};

std::string Tags(const std::vector<std::string>& tags) {
  std::string out;
  for (const auto& t : tags) out += (out.empty() ? "" : " ::: ") + t;
  return out;
}

Result<Row> RowOf(Context& ctx, const core::PersonSummary& p) {
  size_t space = p.name.rfind(' ');
  bool split = space != std::string::npos;
  Row row;
  row.fixed = {p.name,
               split ? p.name.substr(0, space) : p.name,
               split ? p.name.substr(space + 1) : "",
               p.company,
               p.title,
               "",
               "",
               Tags(p.tags)};
  auto contacts = store::ContactsOf(ctx.db, p.id);
  if (!contacts) return contacts.status();
  for (const auto& c : *contacts) {
    row.groups[static_cast<size_t>(c.kind)].emplace_back(c.label, c.value);
  }
  auto dates = store::DatesOf(ctx.db, p.id);
  if (!dates) return dates.status();
  for (const auto& d : *dates) {
    if (d.kind == "birthday") {
      row.fixed[5] = FormatDate(d.date);
    } else {
      row.groups[kEvents].emplace_back(d.kind, FormatDate(d.date));
    }
  }
  auto notes = store::NotesOf(ctx.db, p.id, 1);
  if (!notes) return notes.status();
  if (!notes->empty()) row.fixed[6] = (*notes)[0].body;
  return row;
}

std::vector<std::string> Header(const std::array<size_t, kGroups.size()>& counts) {
  std::vector<std::string> header(std::begin(kFixedColumns), std::end(kFixedColumns));
  for (size_t g = 0; g < kGroups.size(); ++g) {
    for (size_t n = 1; n <= counts[g]; ++n) {
      header.push_back(fmt::format("{} {} - {}", kGroups[g].name, n, kGroups[g].label_column));
      header.push_back(fmt::format("{} {} - {}", kGroups[g].name, n, kGroups[g].value_column));
    }
  }
  return header;
}

std::vector<std::string> Fields(const Row& row, const std::array<size_t, kGroups.size()>& counts) {
  std::vector<std::string> fields = row.fixed;
  for (size_t g = 0; g < kGroups.size(); ++g) {
    for (size_t n = 0; n < counts[g]; ++n) {
      bool have = n < row.groups[g].size();
      fields.push_back(have ? row.groups[g][n].first : "");
      fields.push_back(have ? row.groups[g][n].second : "");
    }
  }
  return fields;
}

}  // namespace

Result<std::string> ExportCsv(Context& ctx) {
  auto people = store::ListPeople(ctx.db, {});
  if (!people) return people.status();
  return ExportCsvOf(ctx, *people);
}

Result<std::string> ExportCsvOf(Context& ctx, const std::vector<core::PersonSummary>& people) {
  std::vector<Row> rows;
  std::array<size_t, kGroups.size()> counts{};
  for (const auto& p : people) {
    auto row = RowOf(ctx, p);
    if (!row) return row.status();
    for (size_t g = 0; g < kGroups.size(); ++g) {
      counts[g] = std::max(counts[g], row->groups[g].size());
    }
    rows.push_back(std::move(*row));
  }
  std::string out = formats::CsvLine(Header(counts));
  for (const Row& row : rows) out += formats::CsvLine(Fields(row, counts));
  return out;
}

}  // namespace kith::app
