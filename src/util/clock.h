// The clock seam: kith asks a Clock for "now" so tests can fix time.
//
// SystemClock reads the wall clock, unless the environment variable KITH_NOW
// holds a time ("2026-11-22T12:00:00Z", or any form ParseWhen accepts), which
// end-to-end tests use to make output reproducible. Thread-safe.
#pragma once

#include <cstdint>

namespace kith {

class Clock {
 public:
  virtual ~Clock() = default;
  // Unix seconds.
  virtual int64_t Now() const = 0;
};

class SystemClock : public Clock {
 public:
  int64_t Now() const override;
};

class FixedClock : public Clock {
 public:
  explicit FixedClock(int64_t now) : now_(now) {}
  int64_t Now() const override { return now_; }
  void Advance(int64_t seconds) { now_ += seconds; }

 private:
  int64_t now_;
};

}  // namespace kith
