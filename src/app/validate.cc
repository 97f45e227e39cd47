#include "app/validate.h"

#include <fmt/format.h>

#include "util/text.h"

namespace kith::app {

Result<std::string> CheckOptionalText(std::string_view what, std::string_view text,
                                      size_t max_bytes) {
  if (!IsValidUtf8(text)) return Status::Invalid(fmt::format("{} is not valid UTF-8", what));
  text = Trim(text);
  if (text.size() > max_bytes) {
    return Status::Invalid(
        fmt::format("{} is too long ({} bytes; at most {})", what, text.size(), max_bytes));
  }
  for (char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') {
      return Status::Invalid(fmt::format("{} contains a control character", what));
    }
  }
  return std::string(text);
}

Result<std::string> CheckText(std::string_view what, std::string_view text, size_t max_bytes) {
  auto checked = CheckOptionalText(what, text, max_bytes);
  if (checked && checked->empty()) return Status::Invalid(fmt::format("{} is empty", what));
  return checked;
}

}  // namespace kith::app
