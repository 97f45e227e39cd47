// Checks on text that comes from users and files before it is stored: well-
// formed UTF-8, not empty, not absurdly long. Every string is hostile until
// checked; the limits keep one bad input from filling the disk or the screen.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "util/status.h"

namespace kith::app {

inline constexpr size_t kMaxName = 1000;
inline constexpr size_t kMaxField = 2000;  // company, title, fact, need, tag...
inline constexpr size_t kMaxNote = 100000;

// The trimmed text, or Invalid naming `what` ("name", "note", ...).
Result<std::string> CheckText(std::string_view what, std::string_view text, size_t max_bytes);

// Like CheckText, but empty text is allowed (clearing a field).
Result<std::string> CheckOptionalText(std::string_view what, std::string_view text,
                                      size_t max_bytes);

}  // namespace kith::app
