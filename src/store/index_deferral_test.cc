#include "store/index_deferral.h"

#include <gtest/gtest.h>

#include "core/contact.h"
#include "store/details.h"
#include "store/people.h"
#include "store/test_db.h"

namespace kith::store {
namespace {

class DeferredLookupIndexesTest : public StoreTest {
 protected:
  int64_t Add(const std::string& name, const std::string& email) {
    core::Person p;
    p.name = name;
    int64_t id = *InsertPerson(*db_, p, kNow);
    auto value = core::MakeContactValue(core::ContactKind::kEmail, email, "US");
    EXPECT_TRUE(AddContact(*db_, id, *value, "", kNow).ok());
    return id;
  }
  std::string IndexSql() {
    return db_->sql()
        .execAndGet(
            "SELECT coalesce(group_concat(sql, ';'), '') FROM (SELECT sql FROM "
            "sqlite_master WHERE name IN ('contact_point_by_value', 'person_by_name') "
            "ORDER BY name)")
        .getString();
  }
  std::string Plan(const std::string& sql) {
    SQLite::Statement q(db_->sql(), "EXPLAIN QUERY PLAN " + sql);
    std::string plan;
    while (q.executeStep()) plan += q.getColumn(3).getString() + "\n";
    return plan;
  }
};

TEST_F(DeferredLookupIndexesTest, DroppedWhileWritingAndBuiltAgain) {
  std::string before = IndexSql();
  ASSERT_NE(before.find("contact_point_by_value"), std::string::npos);
  ASSERT_NE(before.find("person_by_name"), std::string::npos);
  Add("Ana Lima", "ana@example.com");
  auto deferred = DeferredLookupIndexes::Begin(*db_);
  ASSERT_TRUE(deferred.ok()) << deferred.status().message();
  EXPECT_EQ(IndexSql(), "");
  int64_t ben = Add("Ben Okafor", "ben@example.com");
  // Look-ups still answer (by scanning) while the indexes are away.
  auto found = FindByContact(*db_, core::ContactKind::kEmail, "ben@example.com");
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ((*found)[0].id, ben);
  ASSERT_TRUE(deferred->Finish().ok());
  EXPECT_EQ(IndexSql(), before);
  EXPECT_NE(Plan("SELECT id FROM contact_point WHERE kind = 'email' AND normalized = 'x'")
                .find("contact_point_by_value"),
            std::string::npos);
  EXPECT_NE(Plan("SELECT id FROM person WHERE name_folded = 'x'").find("person_by_name"),
            std::string::npos);
  EXPECT_EQ(FindByContact(*db_, core::ContactKind::kEmail, "ana@example.com")->size(), 1u);
  EXPECT_EQ(FindByExactName(*db_, "ben okafor", 5)->size(), 1u);
}

TEST_F(DeferredLookupIndexesTest, RollbackRestoresTheIndexes) {
  std::string before = IndexSql();
  {
    auto tx = Transaction::Begin(*db_);
    ASSERT_TRUE(tx.ok());
    ASSERT_TRUE(DeferredLookupIndexes::Begin(*db_).ok());
    EXPECT_EQ(IndexSql(), "");
  }
  EXPECT_EQ(IndexSql(), before);
}

TEST_F(DeferredLookupIndexesTest, BeginWithAStatementLeftOnARow) {
  Add("Ana Lima", "ana@example.com");
  Add("Ben Okafor", "ben@example.com");
  SQLite::Statement& open = db_->Cached("SELECT id FROM person ORDER BY id");
  ASSERT_TRUE(open.executeStep());  // left on its first row, as a server request may
  auto deferred = DeferredLookupIndexes::Begin(*db_);
  ASSERT_TRUE(deferred.ok()) << deferred.status().message();
  ASSERT_TRUE(deferred->Finish().ok());
}

TEST_F(DeferredLookupIndexesTest, WorthwhileOnlyWhenMoreAreComingThanAreThere) {
  EXPECT_TRUE(*DeferredLookupIndexes::Worthwhile(*db_, 1));
  EXPECT_FALSE(*DeferredLookupIndexes::Worthwhile(*db_, 0));
  Add("Ana Lima", "ana@example.com");
  Add("Ben Okafor", "ben@example.com");
  EXPECT_FALSE(*DeferredLookupIndexes::Worthwhile(*db_, 2));
  EXPECT_TRUE(*DeferredLookupIndexes::Worthwhile(*db_, 3));
}

}  // namespace
}  // namespace kith::store
