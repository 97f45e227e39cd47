#include "store/imported.h"

#include <gtest/gtest.h>

#include "store/people.h"
#include "store/test_db.h"

namespace kith::store {
namespace {

class ImportedTest : public StoreTest {
 protected:
  std::vector<ImportedInteraction> Mail(int from, int to) {
    keys_.clear();
    for (int i = from; i < to; ++i) keys_.push_back("msg-" + std::to_string(i));
    std::vector<ImportedInteraction> out;
    for (int i = from; i < to; ++i) {
      out.push_back({core::InteractionKind::kEmail, kNow - i, core::Direction::kIn, "", "mbox",
                     keys_[static_cast<size_t>(i - from)]});
    }
    return out;
  }
  int64_t Person(const std::string& name) {
    core::Person p;
    p.name = name;
    return *InsertPerson(*db_, p, kNow);
  }
  std::vector<std::string> keys_;
};

TEST_F(ImportedTest, ManyAtOnceSayWhichWereNew) {
  auto first = AddImportedInteractions(*db_, Mail(0, 40), kNow);  // a batch of 32, then 8
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->size(), 40u);
  for (size_t i = 0; i < 40; ++i) EXPECT_EQ((*first)[i], static_cast<int64_t>(i + 1));
  auto again = AddImportedInteractions(*db_, Mail(20, 60), kNow);  // 20 old, 20 new
  ASSERT_TRUE(again.ok());
  for (size_t i = 0; i < 20; ++i) EXPECT_FALSE((*again)[i].has_value()) << i;
  for (size_t i = 20; i < 40; ++i) {
    ASSERT_TRUE((*again)[i].has_value()) << i;
    EXPECT_EQ(Count("SELECT count(*) FROM interaction WHERE id = " + std::to_string(*(*again)[i]) +
                    " AND source_key = 'msg-" + std::to_string(20 + i) + "'"),
              1);
  }
  EXPECT_EQ(Count("SELECT count(*) FROM interaction"), 60);
  EXPECT_EQ(Count("SELECT count(DISTINCT source_key) FROM interaction"), 60);
  EXPECT_EQ(Count("SELECT count(*) FROM interaction WHERE source_key = 'msg-45' AND at = " +
                  std::to_string(kNow - 45)),
            1);
}

TEST_F(ImportedTest, ParticipantsAndSightingsAddUp) {
  int64_t a = Person("Ana"), b = Person("Ben"), c = Person("Carla");
  auto ids = AddImportedInteractions(*db_, Mail(0, 100), kNow);
  ASSERT_TRUE(ids.ok());
  std::vector<ParticipantRow> rows;
  for (const auto& id : *ids) {
    rows.push_back({a, kNow, *id});
    rows.push_back({b, kNow, *id});
  }
  rows.push_back(rows.front());  // a duplicate is ignored
  ASSERT_TRUE(AddParticipants(*db_, rows).ok());
  EXPECT_EQ(Count("SELECT count(*) FROM interaction_participant"), 200);
  std::vector<EdgeSighting> edges = {{a, b, 100}, {b, c, 1}};
  ASSERT_TRUE(CountInferredKnows(*db_, edges, kNow).ok());
  std::vector<EdgeSighting> more = {{a, b, 2}};
  ASSERT_TRUE(CountInferredKnows(*db_, more, kNow).ok());
  EXPECT_EQ(Count("SELECT count FROM knows WHERE a = " + std::to_string(a)), 102);
  EXPECT_EQ(Count("SELECT count(*) FROM knows"), 2);
  std::vector<EdgeSighting> bad = {{b, a, 1}};
  EXPECT_FALSE(CountInferredKnows(*db_, bad, kNow).ok());
}

}  // namespace
}  // namespace kith::store
