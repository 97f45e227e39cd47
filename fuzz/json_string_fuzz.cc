// Fuzzes the JSON string writer against nlohmann's dump (the one every other
// API document goes through): byte for byte the same output, always valid
// JSON, and well-formed UTF-8 comes back unchanged when parsed.
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "util/json_writer.h"
#include "util/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using nlohmann::json;
  std::string text(reinterpret_cast<const char*>(data), size);
  std::string written;
  kith::AppendJsonString(written, text);
  if (written != json(text).dump(-1, ' ', false, json::error_handler_t::replace)) std::abort();
  auto parsed = json::parse(written, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_string()) std::abort();
  if (kith::IsValidUtf8(text) && parsed.get<std::string>() != text) std::abort();
  return 0;
}
