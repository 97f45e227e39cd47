#include "kith_runner.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

extern char** environ;

namespace kith::test {
namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

KithRunner::KithRunner() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "kith-e2e-XXXXXX").string();
  dir_ = mkdtemp(tmpl.data());
  db_ = (dir_ / "kith.db").string();
}

KithRunner::~KithRunner() { std::filesystem::remove_all(dir_); }

Output KithRunner::Run(const std::vector<std::string>& args) const {
  std::vector<std::string> full = {"--db", db_};
  full.insert(full.end(), args.begin(), args.end());
  return RunRaw(full, {"KITH_NOW=2026-11-22T12:00:00Z", "TZ=UTC", "KITH_REGION=GB"});
}

Output KithRunner::RunRaw(const std::vector<std::string>& args,
                          const std::vector<std::string>& env) const {
  std::vector<std::string> argv_s = {KITH_BINARY};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);

  std::vector<std::string> env_s = {
      "HOME=" + dir_.string(), "XDG_DATA_HOME=" + (dir_ / "data").string(), "PATH=/usr/bin:/bin"};
  env_s.insert(env_s.end(), env.begin(), env.end());
  std::vector<char*> envp;
  for (auto& e : env_s) envp.push_back(e.data());
  envp.push_back(nullptr);

  auto out_path = dir_ / "stdout", err_path = dir_ / "stderr";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  pid_t pid;
  Output result;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data()) == 0) {
    int status = 0;
    waitpid(pid, &status, 0);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  posix_spawn_file_actions_destroy(&actions);
  result.out = ReadFile(out_path);
  result.err = ReadFile(err_path);
  return result;
}

std::string KithRunner::Snapshot() const {
  if (!std::filesystem::exists(db_)) return "<no database>";
  SQLite::Database db(db_, SQLite::OPEN_READONLY);
  std::string out =
      "version " + std::to_string(db.execAndGet("PRAGMA user_version").getInt()) + "\n";
  // Indexes and triggers too: an import pauses some and must bring them back.
  SQLite::Statement schema(db,
                           "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                           "name NOT LIKE 'person_fts_%' ORDER BY type, name");
  while (schema.executeStep()) {
    out += schema.getColumn(0).getString() + " " + schema.getColumn(1).getString() + ": " +
           schema.getColumn(2).getString() + "\n";
  }
  SQLite::Statement tables(db,
                           "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                           "'sqlite_%' AND name NOT LIKE 'person_fts_%' ORDER BY name");
  while (tables.executeStep()) {
    std::string name = tables.getColumn(0).getString();
    out += "table " + name + "\n";
    SQLite::Statement rows(db, "SELECT * FROM \"" + name + "\" ORDER BY 1, 2");
    while (rows.executeStep()) {
      for (int i = 0; i < rows.getColumnCount(); ++i) {
        out += rows.getColumn(i).isNull() ? std::string("NULL") : rows.getColumn(i).getString();
        out += '|';
      }
      out += '\n';
    }
  }
  return out;
}

}  // namespace kith::test
