#include "store/backup_values.h"

namespace kith::store::detail {

std::string PointerToken(std::string_view key) {
  std::string out;
  for (char c : key) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
  return out;
}

const char* Expected(const BackupColumn& c) {
  switch (c.type) {
    case ColumnType::kInteger:
      return c.nullable ? "expected an integer or null" : "expected an integer";
    case ColumnType::kReal:
      return c.nullable ? "expected a number or null" : "expected a number";
    case ColumnType::kText:
      return c.nullable ? "expected a string or null" : "expected a string";
  }
  return "";
}

// GCC 12 with -fsanitize=address warns that the string inside an optional
// variant "may be used uninitialized" on the paths that hold no string (a
// known false positive); the ASan build treats warnings as errors.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
std::optional<Bound> Convert(const BackupColumn& c, Scalar& v) {
  if (std::holds_alternative<std::nullptr_t>(v)) {
    return c.nullable ? std::optional<Bound>(nullptr) : std::nullopt;
  }
  if (auto* u = std::get_if<uint64_t>(&v)) {
    if (*u > static_cast<uint64_t>(INT64_MAX)) return std::nullopt;
    v = static_cast<int64_t>(*u);
  }
  switch (c.type) {
    case ColumnType::kInteger:
      if (auto* i = std::get_if<int64_t>(&v)) return Bound(*i);
      return std::nullopt;
    case ColumnType::kReal:
      if (auto* i = std::get_if<int64_t>(&v)) return Bound(static_cast<double>(*i));
      if (auto* d = std::get_if<double>(&v)) return Bound(*d);
      return std::nullopt;
    case ColumnType::kText:
      if (auto* s = std::get_if<std::string>(&v)) return Bound(std::move(*s));
      return std::nullopt;
  }
  return std::nullopt;
}
#pragma GCC diagnostic pop

}  // namespace kith::store::detail
