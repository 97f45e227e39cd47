// The config file's text: lines of `key = value`, `#` comments and blank
// lines, read into a ModelConfig and edited in place so a user's comments and
// order survive `kith config KEY VALUE`.
//
//   # ~/.config/kith/config
//   half_life_days = 120
//   cadence_days.close = 21
//
// Pure functions; the app reads and writes the file (app/config_file.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model_config.h"
#include "util/status.h"

namespace kith::core {

// Defaults overridden by each line of `text`. Errors name the place:
// "config:3: unknown setting 'half_life'".
Result<ModelConfig> ParseConfig(std::string_view text, std::string_view source);

// `text` with `key` set to `value` (the line replaced, or appended), or with
// its line removed when `value` is nullopt.
std::string EditConfig(std::string_view text, std::string_view key,
                       const std::optional<std::string>& value);

}  // namespace kith::core
