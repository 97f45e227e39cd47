#include "core/config_text.h"

#include <fmt/format.h>

#include "util/text.h"

namespace kith::core {
namespace {

struct Line {
  std::string_view key;  // empty for blank and comment lines
  std::string_view value;
  bool malformed = false;
};

Line ParseLine(std::string_view raw) {
  std::string_view line = Trim(raw);
  if (line.empty() || line[0] == '#') return {};
  auto eq = line.find('=');
  if (eq == std::string_view::npos) return {line, {}, true};
  return {Trim(line.substr(0, eq)), Trim(line.substr(eq + 1)), false};
}

template <typename F>
void ForEachLine(std::string_view text, F&& f) {
  size_t number = 0;
  while (!text.empty()) {
    auto end = text.find('\n');
    std::string_view raw = text.substr(0, end);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    f(++number, raw);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
}

}  // namespace

Result<ModelConfig> ParseConfig(std::string_view text, std::string_view source) {
  ModelConfig config;
  Status error;
  ForEachLine(text, [&](size_t number, std::string_view raw) {
    if (!error.ok()) return;
    Line line = ParseLine(raw);
    if (line.malformed) {
      error = Status::Invalid(fmt::format("{}:{}: expected 'key = value', got '{}'", source, number,
                                          Trim(raw).substr(0, 80)));
    } else if (!line.key.empty()) {
      Status set = config.Set(line.key, line.value);
      if (!set.ok())
        error = Status::Invalid(fmt::format("{}:{}: {}", source, number, set.message()));
    }
  });
  if (!error.ok()) return error;
  return config;
}

std::string EditConfig(std::string_view text, std::string_view key,
                       const std::optional<std::string>& value) {
  std::string out;
  bool done = false;
  ForEachLine(text, [&](size_t, std::string_view raw) {
    Line line = ParseLine(raw);
    if (line.key == key && !line.malformed) {
      if (value && !done) out += fmt::format("{} = {}\n", key, *value);
      done = true;
      return;
    }
    out += std::string(raw) + "\n";
  });
  if (value && !done) out += fmt::format("{} = {}\n", key, *value);
  return out;
}

}  // namespace kith::core
