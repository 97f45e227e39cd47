#include "formats/csv.h"

#include <csv.h>
#include <fmt/format.h>

#include <cstdlib>
#include <string>

#include "formats/vcard_text.h"

namespace kith::formats {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr size_t kBlockBytes = size_t{4} << 10;
// A quoted field's buffer also holds its closing quote for a moment.
constexpr size_t kMaxBufferBytes = kMaxCsvFieldBytes + 2;

// Spaces are data in RFC 4180; libcsv would otherwise trim them.
int NoSpaces(unsigned char) { return 0; }

// libcsv grows a field's buffer with this. Refusing past the limit stops
// csv_parse with CSV_ENOMEM before a huge field is held in memory.
void* LimitedRealloc(void* p, size_t size) {
  return size > kMaxBufferBytes ? nullptr : std::realloc(p, size);
}

// Where the first line of `text` ends: its CR or LF, or the end of the text.
// (string_view::find_first_of calls memchr for every byte.)
size_t LineEnd(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && text[i] != '\n' && text[i] != '\r') ++i;
  return i;
}

// Feeds libcsv one physical line at a time so that every row starts at a
// known line: rows end only at line breaks, so a row starts on the first
// non-empty line after the previous one ended.
class Reader {
 public:
  Reader(std::string_view source, const std::function<Status(const CsvRow&)>& on_row)
      : source_(source), on_row_(on_row) {
    csv_init(&parser_, CSV_STRICT | CSV_STRICT_FINI);
    csv_set_space_func(&parser_, NoSpaces);
    csv_set_realloc_func(&parser_, LimitedRealloc);
    csv_set_blk_size(&parser_, kBlockBytes);
  }
  ~Reader() { csv_free(&parser_); }
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  Status Run(std::string_view text) {
    if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
    if (!detail::IsUtf8(text)) text = detail::Cp1252ToUtf8(text, &converted_);
    while (!text.empty()) {
      size_t end = LineEnd(text);
      size_t next = end == text.size() ? end : end + 1;
      if (end < text.size() && text[end] == '\r' && next < text.size() && text[next] == '\n') {
        ++next;
      }
      ++line_;
      if (!in_row_ && end != 0) {  // not an empty line
        in_row_ = true;
        row_.line = line_;
      }
      KITH_RETURN_IF_ERROR(Feed(text.substr(0, next)));
      text.remove_prefix(next);
    }
    if (csv_fini(&parser_, OnField, OnRowEnd, this) != 0) {
      return Fail(row_.line, "unterminated quoted field");
    }
    return status_;
  }

 private:
  Status Fail(int line, std::string_view what) const {
    return Status::Invalid(fmt::format("{}:{}: {}", source_, line, what));
  }

  Status Feed(std::string_view chunk) {
    size_t done = csv_parse(&parser_, chunk.data(), chunk.size(), OnField, OnRowEnd, this);
    KITH_RETURN_IF_ERROR(status_);
    if (done == chunk.size()) return Status::Ok();
    switch (csv_error(&parser_)) {
      case CSV_EPARSE:
        // libcsv stops at the offending byte: a quote in an unquoted field,
        // or anything but a comma or line break after a closing quote.
        return Fail(line_,
                    chunk[done] == '"' ? "quote in unquoted field" : "text after closing quote");
      case CSV_ENOMEM:
        return Fail(row_.line, "field larger than 1 MiB");
      default:
        return Fail(line_, csv_strerror(csv_error(&parser_)));
    }
  }

  static void OnField(void* data, size_t size, void* self) {
    static_cast<Reader*>(self)->AddField(static_cast<const char*>(data), size);
  }

  static void OnRowEnd(int, void* self) { static_cast<Reader*>(self)->EndRow(); }

  void AddField(const char* data, size_t size) {
    if (!status_.ok()) return;  // libcsv cannot be stopped; the error wins
    if (size > kMaxCsvFieldBytes) {
      status_ = Fail(row_.line, "field larger than 1 MiB");
    } else if (row_.fields.size() == kMaxCsvRowFields) {
      status_ = Fail(row_.line, fmt::format("row has more than {} fields", kMaxCsvRowFields));
    } else {
      row_.fields.emplace_back(size == 0 ? std::string() : std::string(data, size));
    }
  }

  void EndRow() {
    if (status_.ok()) status_ = on_row_(row_);
    row_.fields.clear();
    in_row_ = false;
  }

  std::string_view source_;
  const std::function<Status(const CsvRow&)>& on_row_;
  csv_parser parser_;
  std::string converted_;  // the text in UTF-8 when it was Windows-1252
  CsvRow row_;
  bool in_row_ = false;  // a row has started and not ended
  int line_ = 0;         // the line being fed
  Status status_;        // the first error from a callback
};

bool NeedsQuotes(std::string_view value) {
  if (value.empty()) return false;
  auto is_space = [](char c) { return c == ' ' || c == '\t'; };
  return value.find_first_of(",\"\r\n") != std::string_view::npos || is_space(value.front()) ||
         is_space(value.back()) || value.starts_with(kBom);
}

}  // namespace

Status ReadCsv(std::string_view text, std::string_view source,
               const std::function<Status(const CsvRow&)>& on_row) {
  return Reader(source, on_row).Run(text);
}

std::string CsvField(std::string_view value) {
  if (!NeedsQuotes(value)) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out += '"';
}

std::string CsvLine(const std::vector<std::string>& fields) {
  if (fields.size() == 1 && fields[0].empty()) return "\"\"\r\n";
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += CsvField(fields[i]);
  }
  return out += "\r\n";
}

}  // namespace kith::formats
