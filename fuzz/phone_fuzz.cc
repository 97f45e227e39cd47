// Fuzzes the quick phone paths against libphonenumber's whole parse:
// whatever E.164 answer QuickE164 or QuickNationalE164 gives, ParsePhone
// gives the same for the same text and region. The first byte picks the
// region among those the national path knows.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/contact.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > 64) return 0;
  auto regions = kith::core::QuickNationalRegions();
  std::string_view region = regions[data[0] % regions.size()];
  std::string_view phone(reinterpret_cast<const char*>(data + 1), size - 1);
  for (auto quick : {kith::core::QuickE164(phone), kith::core::QuickNationalE164(phone, region)}) {
    if (!quick) continue;
    auto full = kith::core::ParsePhone(phone, region);
    if (!full || *full != *quick) std::abort();
  }
  return 0;
}
