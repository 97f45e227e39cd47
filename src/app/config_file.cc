#include "app/config_file.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/db_path.h"
#include "core/config_text.h"

namespace kith::app {
namespace {

constexpr std::uintmax_t kMaxConfigBytes = 1 << 20;

Result<std::string> ReadIfExists(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return std::string();
  if (std::filesystem::file_size(path, ec) > kMaxConfigBytes) {
    return Status::Invalid(fmt::format("{}: larger than 1 MiB; not a kith config file", path));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Io(fmt::format("cannot read {}: {}", path, std::strerror(errno)));
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

Result<std::string> ConfigPath() {
  if (const char* p = std::getenv("KITH_CONFIG"); p && *p) return std::string(p);
  std::filesystem::path base;
  if (const char* x = std::getenv("XDG_CONFIG_HOME"); x && *x) {
    base = x;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    base = std::filesystem::path(home) / ".config";
  } else {
    return Status::Invalid(
        "cannot place the config file: set KITH_CONFIG, XDG_CONFIG_HOME or HOME");
  }
  return (base / "kith" / "config").string();
}

Result<core::ModelConfig> LoadConfig(const std::string& path) {
  auto text = ReadIfExists(path);
  if (!text) return text.status();
  return core::ParseConfig(*text, path);
}

Status WriteSetting(const std::string& path, const std::string& key,
                    const std::optional<std::string>& value) {
  auto text = ReadIfExists(path);
  if (!text) return text.status();
  auto current = core::ParseConfig(*text, path);
  if (!current) return current.status();
  if (value) KITH_RETURN_IF_ERROR(current->Set(key, *value));
  if (!value && core::ModelConfig::Describe(key).empty()) {
    return Status::Invalid(fmt::format("unknown setting '{}' (kith config lists them)", key));
  }
  KITH_RETURN_IF_ERROR(EnsureParentDir(path));
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << core::EditConfig(*text, key, value);
    if (!out.flush()) return Status::Io(fmt::format("cannot write {}", tmp));
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return Status::Io(fmt::format("cannot replace {}: {}", path, ec.message()));
  return Status::Ok();
}

}  // namespace kith::app
