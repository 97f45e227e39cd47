// Mapping files: contents, empty files, errors, and reading after Release.
#include "util/mapped_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace kith {
namespace {

class MappedFileTest : public testing::Test {
 protected:
  void SetUp() override {
    char name[] = "/tmp/kith_mapped_XXXXXX";
    int fd = mkstemp(name);
    ASSERT_GE(fd, 0);
    close(fd);
    path_ = name;
  }
  void TearDown() override { std::remove(path_.c_str()); }
  void Write(const std::string& text) {
    FILE* f = std::fopen(path_.c_str(), "wb");
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
  }
  std::string path_;
};

TEST_F(MappedFileTest, MapsTheWholeFile) {
  Write("From a\nhello\n");
  Result<MappedFile> file = MappedFile::Open(path_);
  ASSERT_TRUE(file.ok()) << file.status().message();
  EXPECT_EQ(file->data(), "From a\nhello\n");
}

TEST_F(MappedFileTest, EmptyFileIsEmpty) {
  Result<MappedFile> file = MappedFile::Open(path_);
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file->data(), "");
  file->Release(100);
}

TEST_F(MappedFileTest, ReleasedPagesReadTheSame) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += static_cast<char>('a' + i % 26);
  Write(text);
  Result<MappedFile> file = MappedFile::Open(path_);
  ASSERT_TRUE(file.ok());
  file->Release(70000);
  file->Release(10);  // earlier than before: nothing to do
  EXPECT_EQ(file->data(), text);
  MappedFile moved = std::move(*file);
  EXPECT_EQ(moved.data(), text);
}

TEST(MappedFileErrorTest, MissingFileNamesThePath) {
  Result<MappedFile> file = MappedFile::Open("/nonexistent/kith.mbox");
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().message(), "/nonexistent/kith.mbox: No such file or directory");
  EXPECT_EQ(file.status().code(), Code::kNotFound);
}

}  // namespace
}  // namespace kith
