#include "util/progress.h"

#include <gtest/gtest.h>

namespace kith {
namespace {

TEST(ProgressTest, LineShowsShareRateAndTimeLeft) {
  EXPECT_EQ(Progress::Line(50'000'000, 200'000'000, 2.0, 8),
            "[##......]  25%  25.0 MB/s  ETA 0:06");
  EXPECT_EQ(Progress::Line(0, 100, 0.0, 4), "[....]   0%  0 kB/s  ETA --:--");
  EXPECT_EQ(Progress::Line(100, 100, 1.0, 4), "[####] 100%  0 kB/s  ETA 0:00");
}

TEST(ProgressTest, SilentWhenNotATerminal) {
  std::FILE* f = std::tmpfile();
  {
    Progress bar(f, "x", 10);
    for (int i = 0; i < 5000; ++i) bar.Update(5);
  }
  EXPECT_EQ(std::ftell(f), 0);
  std::fclose(f);
}

}  // namespace
}  // namespace kith
