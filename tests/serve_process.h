// `kith serve --port 0` as a child process for end-to-end tests, and a
// minimal HTTP/1.1 client over a real socket to talk to it.
#pragma once

#include <sys/types.h>

#include <map>
#include <string>

namespace kith::test {

struct HttpReply {
  int status = 0;
  std::map<std::string, std::string> headers;  // names lower-case
  std::string body;
};

class ServeProcess {
 public:
  // Starts `kith --db DB serve --port 0 EXTRA...` and waits for its login link.
  ServeProcess(const std::string& db, const std::string& extra = "");
  ~ServeProcess();  // SIGTERM, then waits

  // Sends one request (Connection: close) and reads the whole reply.
  HttpReply Send(const std::string& method, const std::string& target, const std::string& body = "",
                 const std::map<std::string, std::string>& headers = {},
                 const std::string& host = "") const;
  // Stops with SIGTERM; returns the exit status (or -1).
  int Stop();

  int port() const { return port_; }
  const std::string& login_path() const { return login_path_; }  // "/login?token=..."
  const std::string& output() const { return output_; }

 private:
  pid_t pid_ = -1;
  int out_fd_ = -1;
  int port_ = 0;
  std::string login_path_;
  std::string output_;
};

}  // namespace kith::test
