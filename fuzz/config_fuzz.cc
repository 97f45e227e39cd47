// Fuzzes the config file reader (core/config_text.h): no crash on any bytes;
// an accepted file still parses after `kith config KEY VALUE` edits it, with
// the edited value in place; and removing a key brings back its default.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/config_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto config = kith::core::ParseConfig(text, "fuzz");
  if (!config) return 0;
  std::string edited = kith::core::EditConfig(text, "half_life_days", std::string("90"));
  auto again = kith::core::ParseConfig(edited, "fuzz");
  if (!again || again->half_life_days != 90) std::abort();
  std::string removed = kith::core::EditConfig(edited, "half_life_days", std::nullopt);
  auto defaults = kith::core::ParseConfig(removed, "fuzz");
  if (!defaults || defaults->half_life_days != kith::core::ModelConfig().half_life_days)
    std::abort();
  return 0;
}
