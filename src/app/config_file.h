// Where the model settings live and how they are read and changed:
// $KITH_CONFIG, else $XDG_CONFIG_HOME/kith/config, else ~/.config/kith/config.
// A missing file means the defaults. Malformed files fail with "path:line:
// what" and are never rewritten.
#pragma once

#include <optional>
#include <string>

#include "core/model_config.h"
#include "util/status.h"

namespace kith::app {

Result<std::string> ConfigPath();

// The settings in the file at `path` over the defaults.
Result<core::ModelConfig> LoadConfig(const std::string& path);

// Sets `key` to `value` (checked first), or back to its default when `value`
// is nullopt, keeping the rest of the file as written. Atomic: writes a
// temporary file and renames it.
Status WriteSetting(const std::string& path, const std::string& key,
                    const std::optional<std::string>& value);

}  // namespace kith::app
