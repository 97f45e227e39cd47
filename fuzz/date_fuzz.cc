// Fuzzes the date and time parsers: no crash, and every accepted date is a
// real calendar date that prints back to a string parsing to the same date.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "util/date.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto d = kith::ParseDate(text)) {
    if (!kith::IsRealDate(d->year == 0 ? 2000 : d->year, d->month, d->day)) std::abort();
    auto again = kith::ParseDate(kith::FormatDate(*d));
    if (!again || !(*again == *d)) std::abort();
  }
  (void)kith::ParseWhen(text, 1795176000);
  (void)kith::ParseDays(text);
  return 0;
}
