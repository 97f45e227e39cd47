// A fresh database in a temporary directory for store tests.
#pragma once

#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "store/db.h"

namespace kith::store {

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "kith-test-XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = Db::Open(dir_.File("kith.db"));
    ASSERT_TRUE(opened) << opened.status().message();
    db_ = std::move(*opened);
  }
  int64_t Count(const std::string& sql) { return db_->sql().execAndGet(sql).getInt64(); }
  TempDir dir_;
  std::unique_ptr<Db> db_;
  static constexpr int64_t kNow = 1795176000;  // 2026-11-20T12:00:00Z
};

}  // namespace kith::store
