// JSON values against a backup's columns: which fit, what they become, and
// how a restore error names a key; internal to store/ (backup_restore.cc).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "store/backup_tables.h"

namespace kith::store::detail {

// A JSON scalar as the parser reports it.
using Scalar = std::variant<std::nullptr_t, bool, int64_t, uint64_t, double, std::string>;
// A value ready to bind: unset (column absent), null, integer, real, text.
using Bound = std::variant<std::monostate, std::nullptr_t, int64_t, double, std::string>;

// `key` as one reference token of a JSON pointer (RFC 6901: ~ and / escaped).
std::string PointerToken(std::string_view key);

// What column `c` takes, for messages: "expected an integer or null".
const char* Expected(const BackupColumn& c);

// The value to bind for `v` in column `c` (a text is moved out of `v`), or
// nothing when it does not fit: an integer fits a real column, never the
// other way round; null fits only a nullable column; booleans fit nothing.
std::optional<Bound> Convert(const BackupColumn& c, Scalar& v);

}  // namespace kith::store::detail
