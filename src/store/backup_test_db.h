// Fixtures for the backup tests: a database with a row in every table, and a
// second, empty database to restore into.
#pragma once

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "store/backup.h"
#include "store/backup_tables.h"
#include "store/test_db.h"

namespace kith::store {

class BackupTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    auto opened = Db::Open(dir_.File("restored.db"));
    ASSERT_TRUE(opened) << opened.status().message();
    restored_ = std::move(*opened);
  }

  // One or more rows in every table a backup holds, with the awkward values:
  // non-ASCII and escaped text, NULLs, the extreme integers, reals.
  void FillEveryTable() {
    db_->sql().exec(R"sql(
      INSERT INTO event VALUES (1, 'Venture Café', 'venture cafe', '', 1795000000, NULL, '', 1);
      INSERT INTO person (id, name, name_folded, company, title, location, met_where, met_how,
                          met_on, met_through, met_event, circle, cadence_days, is_me,
                          archived_at, created_at, updated_at, snoozed_until)
        VALUES (1, 'Zoë "Z" Brandt', 'zoe "z" brandt', 'Crumb\Co', '', 'Łódź', 'Venture Café',
                'via Ana', -1, 2, 1, 'inner', 21, 0, NULL, 9223372036854775807,
                -9223372036854775808, 1796000000),
               (2, '李娜 🍞', '李娜 🍞', '', '', '', '', '', NULL, NULL, NULL, NULL, NULL, 1,
                1795000000, 0, 0, NULL);
      INSERT INTO contact_point VALUES (1, 1, 'email', 'Zoe@Example.com', 'zoe@example.com',
                                        'work', 5);
      INSERT INTO fact VALUES (1, 1, 'pet', 'Biscuit, a beagle
and a cat	(tab)', 6);
      INSERT INTO note VALUES (1, 2, 'bell ' || char(7) || ' and backslash \ and /', 7);
      INSERT INTO tag VALUES (1, 'Runner', 'runner');
      INSERT INTO person_tag VALUES (1, 1), (2, 1);
      INSERT INTO important_date VALUES (1, 1, 'birthday', NULL, 2, 29), (2, 2, 'anniv', 1990, 6, 1);
      INSERT INTO need_offer VALUES (1, 2, 'need', 'a seed investor', 'met', 8, 9);
      INSERT INTO interaction VALUES (1, 'coffee', 1795100000, 'out', '', 'manual', NULL, 1, 10),
                                     (2, 'email', 1795200000, 'in', 'Re: plans', 'mbox',
                                      '<a@b>', NULL, 11);
      INSERT INTO interaction_participant VALUES (1, 1795100000, 1, 'coffee', 'out'),
                                                 (2, 1795100000, 1, 'coffee', 'out'),
                                                 (1, 1795200000, 2, 'email', 'in');
      INSERT INTO knows VALUES (1, 2, 'sisters', 'stated', 3, 0.1, 12, 13);
      INSERT INTO event_attendee VALUES (1, 1, 1), (1, 2, 0);
      INSERT INTO grp VALUES (1, 'Run club', 'run club', 14);
      INSERT INTO grp_member VALUES (1, 2);
      INSERT INTO intro VALUES (1, 2, 1, 'both bake', 'agreed', '', 15, 16);
      INSERT INTO opportunity VALUES (1, 'Bakery job', 'job', 'open', '', 17, 18);
      INSERT INTO opportunity_person VALUES (1, 2, 'hiring');
    )sql");
  }

  static std::string Write(Db& db, int64_t at = kNow) {
    std::ostringstream out;
    Status s = WriteBackup(db, at, out);
    EXPECT_TRUE(s.ok()) << s.message();
    return out.str();
  }

  // Restores `text` into restored_ in a transaction, committed on success.
  Status Restore(std::string_view text) {
    auto tx = Transaction::Begin(*restored_);
    if (!tx) return tx.status();
    auto counts = RestoreBackup(*restored_, text, "b.json");
    if (!counts) return counts.status();
    counts_ = *counts;
    return tx->Commit();
  }

  // Every row of every backed-up table and of the search index, with types.
  static std::string Dump(Db& db) {
    std::string out;
    std::vector<std::string> tables(detail::BackupTableNames().begin(),
                                    detail::BackupTableNames().end());
    tables.push_back("person_fts");
    for (const auto& t : tables) {
      out += t + "\n";
      SQLite::Statement q(db.sql(), fmt::format("SELECT * FROM {} ORDER BY 1, 2", t));
      while (q.executeStep()) {
        for (int i = 0; i < q.getColumnCount(); ++i) {
          auto c = q.getColumn(i);
          if (c.isNull()) out += "null";
          if (c.isInteger()) out += fmt::format("i{}", c.getInt64());
          if (c.isFloat()) out += fmt::format("r{:.17g}", c.getDouble());
          if (c.isText()) out += "t" + c.getString();
          out += '|';
        }
        out += '\n';
      }
    }
    return out;
  }

  std::unique_ptr<Db> restored_;
  RestoreCounts counts_;
};

}  // namespace kith::store
