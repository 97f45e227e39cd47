// Records prepared on a second thread and applied on this one: in file
// order, with the first error in the file told and the parser stopped.
#include "import/record_pipeline.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "store/people.h"
#include "store/test_db.h"

namespace kith::import {
namespace {

class RecordPipelineTest : public store::StoreTest {
 protected:
  static PersonRecord Record(int i) {
    PersonRecord r;
    r.place = fmt::format("people.vcf:{}", i + 1);
    r.name = fmt::format("Person {}", i);
    r.contacts.push_back({core::ContactKind::kEmail, fmt::format("p{}@example.com", i), ""});
    r.contacts.push_back({core::ContactKind::kPhone, "n/a", ""});
    return r;
  }
  // A source of `n` records that fails with `error` after `fail_after` (or never).
  RecordSource Source(int n, int fail_after = -1, int* emitted = nullptr) {
    return [=](const RecordSink& emit) -> Status {
      for (int i = 0; i < n; ++i) {
        if (i == fail_after) return Status::Invalid(fmt::format("people.vcf:{}: bad card", i + 1));
        if (emitted != nullptr) ++*emitted;
        KITH_RETURN_IF_ERROR(emit(Record(i)));
      }
      return Status::Ok();
    };
  }
  Status Apply(const RecordSource& source) {
    PeopleMerger merger(*db_, "GB", kNow);
    return ApplyRecords(merger, report_, source);
  }
  ImportReport report_;
};

TEST_F(RecordPipelineTest, AppliesEveryRecordInFileOrder) {
  ASSERT_TRUE(Apply(Source(2000)).ok());
  EXPECT_EQ(report_.created, 2000);
  EXPECT_EQ(Count("SELECT count(*) FROM person WHERE name = 'Person ' || (id - 1)"), 2000);
  ASSERT_EQ(report_.warnings.size(), 1000u);  // capped; the first in file order
  EXPECT_EQ(report_.warnings[0], "people.vcf:1: skipped phone: invalid phone number 'n/a'");
  EXPECT_EQ(report_.warnings[999], "people.vcf:1000: skipped phone: invalid phone number 'n/a'");
}

TEST_F(RecordPipelineTest, AParseErrorComesAfterTheRecordsBeforeIt) {
  Status s = Apply(Source(2000, 700));
  EXPECT_EQ(s.message(), "people.vcf:701: bad card");
  EXPECT_EQ(report_.created, 700);
}

TEST_F(RecordPipelineTest, AFailedRecordStopsTheParser) {
  db_->sql().exec(
      "CREATE TRIGGER boom BEFORE INSERT ON person WHEN NEW.name = 'Person 300' "
      "BEGIN SELECT RAISE(ABORT, 'no room for Person 300'); END");
  int emitted = 0;
  Status s = Apply(Source(100000, -1, &emitted));
  EXPECT_NE(s.message().find("no room for Person 300"), std::string::npos) << s.message();
  // New people are written a batch at a time: the batch holding Person 300
  // fails whole, and no batch after it is applied.
  EXPECT_GE(report_.created, 300);
  EXPECT_LT(report_.created, 1000);
  EXPECT_EQ(Count("SELECT count(*) FROM person WHERE name = 'Person 299'"), 0);
  EXPECT_LT(emitted, 10000);  // the parser waited, then stopped
}

}  // namespace
}  // namespace kith::import
