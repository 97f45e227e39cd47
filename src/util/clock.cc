#include "util/clock.h"

#include <chrono>
#include <cstdlib>

#include "util/date.h"

namespace kith {

int64_t SystemClock::Now() const {
  auto wall = std::chrono::duration_cast<std::chrono::seconds>(
                  std::chrono::system_clock::now().time_since_epoch())
                  .count();
  if (const char* fixed = std::getenv("KITH_NOW")) {
    auto t = ParseWhen(fixed, wall);
    if (t) return *t;
  }
  return wall;
}

}  // namespace kith
