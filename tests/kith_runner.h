// Runs the built kith binary as a user would, in a temporary data directory,
// and captures its exit code, stdout and stderr. Also snapshots a database so
// a test can assert that a failing command changed nothing.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kith::test {

struct Output {
  int exit_code = -1;
  std::string out;
  std::string err;
};

class KithRunner {
 public:
  KithRunner();
  ~KithRunner();

  // Runs `kith --db <db> args...` with KITH_NOW fixed and TZ=UTC.
  Output Run(const std::vector<std::string>& args) const;
  // Runs kith with exactly `args` and the extra environment `env` (NAME=value).
  Output RunRaw(const std::vector<std::string>& args, const std::vector<std::string>& env) const;

  // The schema (indexes, triggers) and every row of every table, in a stable
  // order, as text.
  std::string Snapshot() const;

  const std::string& db() const { return db_; }
  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::filesystem::path dir_;
  std::string db_;
};

}  // namespace kith::test
