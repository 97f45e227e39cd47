// The fixture most end-to-end tests share: a KithRunner on a fresh
// database, Ok() for commands that must succeed, Write() for input files.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "kith_runner.h"

namespace kith::test {

class KithTest : public ::testing::Test {
 protected:
  // Runs kith; a non-zero exit fails the test, showing the arguments and stderr.
  Output Ok(const std::vector<std::string>& args) {
    Output o = kith_.Run(args);
    EXPECT_EQ(o.exit_code, 0) << ::testing::PrintToString(args) << "\n" << o.err;
    return o;
  }
  // Writes `content` to a file in the test's directory; returns its path.
  std::string Write(const std::string& name, const std::string& content) {
    std::string path = (kith_.dir() / name).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
  KithRunner kith_;
};

}  // namespace kith::test
