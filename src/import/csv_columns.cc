#include "import/csv_columns.h"

#include <fmt/format.h>

#include <span>
#include <utility>

#include "util/text.h"

namespace kith::import {
namespace {

using F = CsvField;

// A column of a layout. '#' in a header stands for the column's number
// ("E-mail 2 - Value"); the label's column has the same number.
struct ColumnRule {
  std::string_view header;
  CsvField field;
  std::string_view label = {};       // fixed label
  std::string_view label_from = {};  // header of the column holding the label
};

struct Layout {
  std::string_view name;
  std::span<const std::string_view> keys;  // all present: this layout
  std::span<const ColumnRule> rules;
};

// LinkedIn, Settings > Data privacy > Get a copy of your data > Connections.
// Notes and a blank line come before the header.
constexpr std::string_view kLinkedInKeys[] = {"First Name", "Last Name", "Email Address",
                                              "Connected On"};
constexpr ColumnRule kLinkedIn[] = {
    {"First Name", F::kGiven},    {"Last Name", F::kFamily}, {"URL", F::kUrl, "linkedin"},
    {"Email Address", F::kEmail}, {"Company", F::kCompany},  {"Position", F::kTitle},
};

// contacts.google.com > Export > Google CSV, since 2023. Columns numbered past
// 1 appear when someone has that many values.
constexpr std::string_view kGoogleKeys[] = {"First Name", "Last Name", "Labels"};
constexpr ColumnRule kGoogle[] = {
    {"First Name", F::kGiven},
    {"Middle Name", F::kMiddle},
    {"Last Name", F::kFamily},
    {"Organization Name", F::kCompany},
    {"Organization Title", F::kTitle},
    {"Birthday", F::kBirthday},
    {"Notes", F::kNote},
    {"Labels", F::kTag},
    {"E-mail # - Value", F::kEmail, {}, "E-mail # - Label"},
    {"Phone # - Value", F::kPhone, {}, "Phone # - Label"},
    {"Address # - Formatted", F::kAddress, {}, "Address # - Label"},
    {"Website # - Value", F::kUrl, {}, "Website # - Label"},
    {"IM # - Value", F::kHandle, {}, "IM # - Service"},
    {"Event # - Value", F::kEvent, {}, "Event # - Label"},
};

// The Google CSV export before 2023 (and Gmail's "Google CSV").
constexpr std::string_view kGoogleOldKeys[] = {"Name", "Given Name", "Family Name",
                                               "Group Membership"};
constexpr ColumnRule kGoogleOld[] = {
    {"Name", F::kName},
    {"Given Name", F::kGiven},
    {"Additional Name", F::kMiddle},
    {"Family Name", F::kFamily},
    {"Birthday", F::kBirthday},
    {"Notes", F::kNote},
    {"Group Membership", F::kTag},
    {"Organization # - Name", F::kCompany},
    {"Organization # - Title", F::kTitle},
    {"E-mail # - Value", F::kEmail, {}, "E-mail # - Type"},
    {"Phone # - Value", F::kPhone, {}, "Phone # - Type"},
    {"Address # - Formatted", F::kAddress, {}, "Address # - Type"},
    {"Website # - Value", F::kUrl, {}, "Website # - Type"},
    {"IM # - Value", F::kHandle, {}, "IM # - Service"},
    {"Event # - Value", F::kEvent, {}, "Event # - Type"},
};

// Outlook (File > Export > Comma Separated Values) and Outlook.com; written
// with a BOM and CRLF.
constexpr std::string_view kOutlookKeys[] = {"First Name", "Last Name", "E-mail Address",
                                             "Job Title"};
constexpr ColumnRule kOutlook[] = {
    {"First Name", F::kGiven},
    {"Middle Name", F::kMiddle},
    {"Last Name", F::kFamily},
    {"Company", F::kCompany},
    {"Job Title", F::kTitle},
    {"Birthday", F::kBirthday},
    {"Anniversary", F::kEvent, "anniversary"},
    {"Notes", F::kNote},
    {"Categories", F::kTag},
    {"E-mail Address", F::kEmail},
    {"E-mail # Address", F::kEmail},
    {"Mobile Phone", F::kPhone, "mobile"},
    {"Home Phone", F::kPhone, "home"},
    {"Home Phone 2", F::kPhone, "home"},
    {"Business Phone", F::kPhone, "work"},
    {"Business Phone 2", F::kPhone, "work"},
    {"Primary Phone", F::kPhone},
    {"Company Main Phone", F::kPhone, "company"},
    {"Other Phone", F::kPhone, "other"},
    {"Assistant's Phone", F::kPhone, "assistant"},
    {"Car Phone", F::kPhone, "car"},
    {"Radio Phone", F::kPhone, "radio"},
    {"Pager", F::kPhone, "pager"},
    {"Callback", F::kPhone, "callback"},
    {"ISDN", F::kPhone, "isdn"},
    {"TTY/TDD Phone", F::kPhone, "tty"},
    {"Telex", F::kPhone, "telex"},
    {"Business Fax", F::kPhone, "work fax"},
    {"Home Fax", F::kPhone, "home fax"},
    {"Other Fax", F::kPhone, "fax"},
    {"Web Page", F::kUrl},
    {"Personal Web Page", F::kUrl, "personal"},
    {"IMAddress", F::kHandle},
};

constexpr Layout kLayouts[] = {
    {"LinkedIn", kLinkedInKeys, kLinkedIn},
    {"Google Contacts", kGoogleKeys, kGoogle},
    {"Google Contacts (before 2023)", kGoogleOldKeys, kGoogleOld},
    {"Outlook", kOutlookKeys, kOutlook},
};

// The fields --map accepts, in the order help lists them.
constexpr std::pair<std::string_view, CsvField> kFieldNames[] = {
    {"name", F::kName},       {"given", F::kGiven},       {"middle", F::kMiddle},
    {"family", F::kFamily},   {"email", F::kEmail},       {"phone", F::kPhone},
    {"address", F::kAddress}, {"url", F::kUrl},           {"handle", F::kHandle},
    {"company", F::kCompany}, {"title", F::kTitle},       {"note", F::kNote},
    {"tag", F::kTag},         {"birthday", F::kBirthday},
};

bool SameHeader(std::string_view a, std::string_view b) {
  a = Trim(a);
  b = Trim(b);
  return a.size() == b.size() && AsciiLower(a) == AsciiLower(b);
}

// Matches `header` against `pattern`, where '#' stands for a number, which
// goes to `*number`.
bool MatchRule(std::string_view pattern, std::string_view header, std::string* number) {
  size_t hash = pattern.find('#');
  if (hash == std::string_view::npos) return SameHeader(pattern, header);
  header = Trim(header);
  std::string_view before = pattern.substr(0, hash), after = pattern.substr(hash + 1);
  if (header.size() <= before.size() + after.size()) return false;
  if (!SameHeader(header.substr(0, before.size()), before) ||
      !SameHeader(header.substr(header.size() - after.size()), after)) {
    return false;
  }
  std::string_view digits =
      header.substr(before.size(), header.size() - before.size() - after.size());
  if (digits.find_first_not_of("0123456789") != std::string_view::npos) return false;
  *number = digits;
  return true;
}

std::optional<size_t> FindHeader(const std::vector<std::string>& header, std::string_view name) {
  for (size_t i = 0; i < header.size(); ++i) {
    if (SameHeader(header[i], name)) return i;
  }
  return std::nullopt;
}

std::optional<CsvColumn> ColumnOf(const Layout& layout, const std::vector<std::string>& header,
                                  size_t index) {
  for (const ColumnRule& rule : layout.rules) {
    std::string number;
    if (!MatchRule(rule.header, header[index], &number)) continue;
    CsvColumn column{index, rule.field, std::string(rule.label), std::nullopt};
    if (!rule.label_from.empty()) {
      std::string from(rule.label_from);
      from.replace(from.find('#'), 1, number);
      column.label_index = FindHeader(header, from);
    }
    return column;
  }
  return std::nullopt;
}

Result<CsvField> FieldNamed(std::string_view name, std::string_view column) {
  for (const auto& [field_name, field] : kFieldNames) {
    if (field_name == name) return field;
  }
  return Status::Invalid(fmt::format("--map: unknown field '{}' for column '{}' (fields: {})", name,
                                     column, CsvFieldList()));
}

Result<CsvMapEntry> ParseMapEntry(std::string_view entry) {
  size_t eq = entry.rfind('=');
  std::string_view header = Trim(entry.substr(0, eq));
  if (eq == std::string_view::npos || header.empty()) {
    return Status::Invalid(fmt::format("--map: expected Column=field, got '{}'", Trim(entry)));
  }
  std::string_view spec = Trim(entry.substr(eq + 1));
  size_t colon = spec.find(':');
  auto field = FieldNamed(Trim(spec.substr(0, colon)), header);
  if (!field) return field.status();
  std::string label =
      colon == std::string_view::npos ? "" : AsciiLower(Trim(spec.substr(colon + 1)));
  return CsvMapEntry{std::string(header), *field, std::move(label)};
}

}  // namespace

std::string CsvFieldList() {
  std::string names;
  for (const auto& [name, field] : kFieldNames) {
    names += (names.empty() ? "" : ", ") + std::string(name);
  }
  return names;
}

Result<CsvMap> ParseCsvMap(std::string_view map) {
  CsvMap entries;
  while (!Trim(map).empty()) {
    size_t comma = map.find(',');
    auto entry = ParseMapEntry(map.substr(0, comma));
    if (!entry) return entry.status();
    entries.push_back(std::move(*entry));
    map = comma == std::string_view::npos ? std::string_view() : map.substr(comma + 1);
  }
  return entries;
}

std::optional<CsvColumns> RecognizeCsvHeader(const std::vector<std::string>& header) {
  for (const Layout& layout : kLayouts) {
    bool all = true;
    for (std::string_view key : layout.keys) all = all && FindHeader(header, key).has_value();
    if (!all) continue;
    CsvColumns found{std::string(layout.name), {}};
    for (size_t i = 0; i < header.size(); ++i) {
      if (auto column = ColumnOf(layout, header, i)) found.columns.push_back(std::move(*column));
    }
    return found;
  }
  return std::nullopt;
}

std::optional<CsvColumns> MapCsvHeader(const CsvMap& map, const std::vector<std::string>& header,
                                       std::string* missing) {
  CsvColumns found{"--map", {}};
  for (const CsvMapEntry& entry : map) {
    std::optional<size_t> index = FindHeader(header, entry.header);
    if (!index) {
      *missing = entry.header;
      return std::nullopt;
    }
    found.columns.push_back({*index, entry.field, entry.label, std::nullopt});
  }
  return found;
}

}  // namespace kith::import
