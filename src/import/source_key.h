// Source keys for imported interactions that have no id of their own (a
// message without Message-ID, a chat line): a hash that is the same on
// every run and machine, because it is stored and compared on re-import.
#pragma once

#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace kith::import {

// FNV-1a, 64 bits, as 16 hex digits.
inline std::string StableHash(std::string_view text) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return fmt::format("{:016x}", h);
}

}  // namespace kith::import
