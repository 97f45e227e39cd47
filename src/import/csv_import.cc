#include "import/csv_import.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <initializer_list>
#include <optional>

#include "formats/csv.h"
#include "import/csv_columns.h"
#include "util/text.h"

namespace kith::import {
namespace {

constexpr int kMaxPreambleRows = 10;
constexpr size_t kMaxWarnings = 1000;  // as PeopleMerger keeps
constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kSeveral = " ::: ";  // Google's values in one cell
// Groups Google puts everyone in; they say nothing about a person.
constexpr std::string_view kSystemGroups[] = {"mycontacts", "my contacts", "starred"};
constexpr std::string_view kNotCsv[] = {"{", "[", "<", "BEGIN:", "From "};

void Warn(ImportReport& report, std::string message) {
  if (report.warnings.size() < kMaxWarnings) report.warnings.push_back(std::move(message));
}

// Line breaks as LF: Outlook and Excel write CRLF inside quoted notes.
std::string WithLf(std::string_view cell) {
  std::string out;
  out.reserve(cell.size());
  for (size_t i = 0; i < cell.size(); ++i) {
    if (cell[i] != '\r') {
      out += cell[i];
    } else if (i + 1 == cell.size() || cell[i + 1] != '\n') {
      out += '\n';
    }
  }
  return out;
}

// Splits on each of `separators`, trimming pieces and dropping empty ones.
std::vector<std::string> Split(std::string_view cell,
                               std::initializer_list<std::string_view> separators) {
  std::vector<std::string> out;
  while (!cell.empty()) {
    size_t at = cell.size(), skip = 0;
    for (std::string_view sep : separators) {
      size_t found = cell.find(sep);
      if (found < at) at = found, skip = sep.size();
    }
    std::string_view piece = Trim(cell.substr(0, at));
    if (!piece.empty()) out.emplace_back(piece);
    cell.remove_prefix(std::min(cell.size(), at + skip));
  }
  return out;
}

// "* Work" (Google marks the primary value with '*') -> "work".
std::string Label(std::string_view raw) {
  raw = Trim(raw);
  if (raw.starts_with("* ")) raw = Trim(raw.substr(2));
  return AsciiLower(raw);
}

bool IsSystemGroup(std::string_view tag) {
  std::string lower = AsciiLower(tag);
  return std::find(std::begin(kSystemGroups), std::end(kSystemGroups), lower) !=
         std::end(kSystemGroups);
}

// Outlook's M/D/YYYY; "0/0/00" is Outlook's "no date" (nullopt).
Result<std::optional<Date>> SlashDate(std::string_view text) {
  int parts[3] = {0, 0, 0};
  const char* p = text.data();
  const char* end = text.data() + text.size();
  for (int i = 0; i < 3; ++i) {
    auto [next, ec] = std::from_chars(p, end, parts[i]);
    bool last = i == 2;
    if (ec != std::errc() || next == p || (last ? next != end : next == end || *next != '/')) {
      return Status::Invalid("not a date");
    }
    p = last ? next : next + 1;
  }
  if (parts[0] == 0 && parts[1] == 0) return std::optional<Date>();
  if (parts[2] < 1000 || !IsRealDate(parts[2], parts[0], parts[1])) {
    return Status::Invalid("not a date");
  }
  return std::optional<Date>(Date{parts[2], parts[0], parts[1]});
}

Result<std::optional<Date>> CsvDate(std::string_view text) {
  auto date = ParseDate(text);
  if (date) return std::optional<Date>(*date);
  return SlashDate(text);
}

core::ContactKind KindOf(CsvField field) {
  switch (field) {
    case CsvField::kPhone:
      return core::ContactKind::kPhone;
    case CsvField::kAddress:
      return core::ContactKind::kAddress;
    case CsvField::kUrl:
      return core::ContactKind::kUrl;
    case CsvField::kHandle:
      return core::ContactKind::kHandle;
    default:
      return core::ContactKind::kEmail;
  }
}

struct NameParts {
  std::string name, given, middle, family;

  std::string Whole() const {
    if (!name.empty()) return name;
    std::string out;
    for (const std::string* part : {&given, &middle, &family}) {
      if (!part->empty()) out += (out.empty() ? "" : " ") + *part;
    }
    return out;
  }
};

class CsvImporter {
 public:
  CsvImporter(std::string_view source, const CsvMap& map, PeopleMerger& merger,
              ImportReport& report)
      : source_(source), map_(map), merger_(merger), report_(report) {}

  Status OnRow(const formats::CsvRow& row) { return columns_ ? ImportRow(row) : FindHeader(row); }

  Status Finish() const { return columns_ ? Status::Ok() : HeaderError(); }

 private:
  Status Fail(int line, std::string_view what) const {
    return Status::Invalid(fmt::format("{}:{}: {}", source_, line, what));
  }

  // Rows before the header are a preamble (LinkedIn's notes). Errors name the
  // first row with more than one field, else the first row.
  Status FindHeader(const formats::CsvRow& row) {
    std::string missing;
    columns_ =
        map_.empty() ? RecognizeCsvHeader(row.fields) : MapCsvHeader(map_, row.fields, &missing);
    if (columns_) {
      header_size_ = row.fields.size();
      return Status::Ok();
    }
    bool wide = row.fields.size() > 1;
    if (candidate_line_ == 0 || (wide && !candidate_wide_)) {
      candidate_line_ = row.line;
      candidate_wide_ = wide;
      candidate_missing_ = missing;
    }
    return ++preamble_rows_ == kMaxPreambleRows ? HeaderError() : Status::Ok();
  }

  Status HeaderError() const {
    int line = std::max(candidate_line_, 1);
    if (!map_.empty()) {
      return Fail(line, fmt::format("--map column '{}' is not in the header", candidate_missing_));
    }
    return Fail(line, fmt::format("unrecognized CSV header; give --map \"Column=field,...\" "
                                  "(fields: {})",
                                  CsvFieldList()));
  }

  Status ImportRow(const formats::CsvRow& row) {
    if (row.fields.size() > header_size_) {
      return Fail(row.line,
                  fmt::format("{} fields, header has {}", row.fields.size(), header_size_));
    }
    bool blank = std::all_of(row.fields.begin(), row.fields.end(),
                             [](const std::string& f) { return Trim(f).empty(); });
    if (blank) return Status::Ok();  // spreadsheets leave rows of commas
    return merger_.Apply(ToRecord(row), report_);
  }

  PersonRecord ToRecord(const formats::CsvRow& row) {
    PersonRecord r;
    r.place = fmt::format("{}:{}", source_, row.line);
    NameParts name;
    for (const CsvColumn& column : columns_->columns) {
      std::string_view cell = Cell(row, column.index);
      if (Trim(cell).empty()) continue;
      std::string label = column.label;
      if (column.label_index) {
        std::string from = Label(Cell(row, *column.label_index));
        if (!from.empty()) label = std::move(from);
      }
      Add(column.field, WithLf(cell), label, name, r);
    }
    r.name = name.Whole();
    return r;
  }

  static std::string_view Cell(const formats::CsvRow& row, size_t index) {
    return index < row.fields.size() ? std::string_view(row.fields[index]) : std::string_view();
  }

  static void SetFirst(std::string* field, std::string_view text) {
    if (field->empty()) *field = Trim(text);
  }

  void Add(CsvField field, const std::string& text, const std::string& label, NameParts& name,
           PersonRecord& r) {
    switch (field) {
      case CsvField::kName:
        return SetFirst(&name.name, text);
      case CsvField::kGiven:
        return SetFirst(&name.given, text);
      case CsvField::kMiddle:
        return SetFirst(&name.middle, text);
      case CsvField::kFamily:
        return SetFirst(&name.family, text);
      case CsvField::kCompany:
        return SetFirst(&r.company, text);
      case CsvField::kTitle:
        return SetFirst(&r.title, text);
      case CsvField::kNote:
        return SetFirst(&r.note, text);
      case CsvField::kBirthday:
        return AddDate("birthday", text, r);
      case CsvField::kEvent:
        return AddDate(label.empty() ? "event" : label, text, r);
      case CsvField::kTag:
        for (std::string& tag : Split(text, {kSeveral, ";"})) {
          std::string_view t = tag.starts_with("* ") ? Trim(std::string_view(tag).substr(2)) : tag;
          if (!IsSystemGroup(t)) r.tags.emplace_back(t);
        }
        return;
      default:
        for (std::string& value : Split(text, {kSeveral})) {
          r.contacts.push_back({KindOf(field), std::move(value), label});
        }
    }
  }

  void AddDate(const std::string& kind, std::string_view text, PersonRecord& r) {
    text = Trim(text);
    auto date = CsvDate(text);
    if (!date) {
      Warn(report_, fmt::format("{}: {} '{}' is not a date (YYYY-MM-DD, --MM-DD or M/D/YYYY), "
                                "left out",
                                r.place, kind, text));
      return;
    }
    bool have =
        std::any_of(r.dates.begin(), r.dates.end(), [&](const auto& d) { return d.first == kind; });
    if (*date && !have) r.dates.emplace_back(kind, **date);
  }

  std::string_view source_;
  const CsvMap& map_;
  PeopleMerger& merger_;
  ImportReport& report_;
  std::optional<CsvColumns> columns_;
  size_t header_size_ = 0;
  int preamble_rows_ = 0;
  int candidate_line_ = 0;  // where the header was looked for, for errors
  bool candidate_wide_ = false;
  std::string candidate_missing_;
};

}  // namespace

bool LooksLikeCsv(std::string_view head) {
  if (head.starts_with(kBom)) head.remove_prefix(kBom.size());
  if (head.find('\0') != std::string_view::npos) return false;
  std::string_view text = Trim(head);
  for (std::string_view prefix : kNotCsv) {
    if (StartsWithNoCase(text, prefix)) return false;
  }
  size_t end = 0;  // of the first 12 lines: LinkedIn's header is line 4
  for (int i = 0; i < 12 && end < text.size(); ++i) {
    size_t next = text.find('\n', end);
    end = next == std::string_view::npos ? text.size() : next + 1;
  }
  return text.substr(0, end).find(',') != std::string_view::npos;
}

std::string CsvMapFields() { return CsvFieldList(); }

Status ImportCsv(std::string_view text, std::string_view source, const std::string& map,
                 PeopleMerger& merger, ImportReport& report) {
  auto columns = ParseCsvMap(map);
  if (!columns) return columns.status();
  CsvImporter importer(source, *columns, merger, report);
  KITH_RETURN_IF_ERROR(formats::ReadCsv(
      text, source, [&](const formats::CsvRow& row) { return importer.OnRow(row); }));
  return importer.Finish();
}

}  // namespace kith::import
