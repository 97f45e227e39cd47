#include "app/db_path.h"

#include <gtest/gtest.h>

namespace kith::app {
namespace {

TEST(DemoDbBesideTest, DemoNetworkSitsBesideYourDatabaseNotInIt) {
  EXPECT_EQ(DemoDbBeside("/tmp/ui/kith.db"), "/tmp/ui/demo.db");
  EXPECT_EQ(DemoDbBeside("/data/people.sqlite"), "/data/demo.db");
  EXPECT_EQ(DemoDbBeside("kith.db"), "demo.db");
}

TEST(ResolveDbPathTest, TheDbFlagNamesTheFileForEitherKind) {
  EXPECT_EQ(*ResolveDbPath("/x/kith.db", DbKind::kUser), "/x/kith.db");
  EXPECT_EQ(*ResolveDbPath("/x/demo.db", DbKind::kDemo), "/x/demo.db");
}

}  // namespace
}  // namespace kith::app
