#include "serve_process.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace kith::test {
namespace {

// Finds "http://127.0.0.1:PORT/login?token=HEX" in what the server printed.
// Plain string search: std::regex trips GCC 12's -Wmaybe-uninitialized under
// ASan (-Werror), which broke CI.
bool FindLoginLink(const std::string& text, int* port, std::string* path) {
  const std::string prefix = "http://127.0.0.1:";
  for (size_t at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at + 1)) {
    size_t digits = at + prefix.size();
    size_t end = digits;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
    const std::string login = "/login?token=";
    if (end == digits || text.compare(end, login.size(), login) != 0) continue;
    size_t hex = end + login.size();
    size_t stop = hex;
    while (stop < text.size() && std::isxdigit(static_cast<unsigned char>(text[stop]))) ++stop;
    if (stop == hex || stop == text.size()) continue;  // token may still be arriving
    *port = std::stoi(text.substr(digits, end - digits));
    *path = text.substr(end, stop - end);
    return true;
  }
  return false;
}

}  // namespace

ServeProcess::ServeProcess(const std::string& db, const std::string& extra) {
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
  pid_ = fork();
  if (pid_ == 0) {
    dup2(pipe_fds[1], STDOUT_FILENO);
    dup2(pipe_fds[1], STDERR_FILENO);
    close(pipe_fds[0]);
    std::vector<std::string> args = {KITH_BINARY, "--db", db,          "serve",
                                     "--port",    "0",    "--threads", "2"};
    if (!extra.empty()) args.push_back(extra);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::string dir = db.substr(0, db.rfind('/'));
    setenv("HOME", dir.c_str(), 1);
    setenv("XDG_CONFIG_HOME", (dir + "/config").c_str(), 1);
    setenv("XDG_DATA_HOME", (dir + "/data").c_str(), 1);
    unsetenv("KITH_CONFIG");
    setenv("KITH_NOW", "2026-11-22T12:00:00Z", 1);
    setenv("TZ", "UTC", 1);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(pipe_fds[1]);
  out_fd_ = pipe_fds[0];
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (!FindLoginLink(output_, &port_, &login_path_)) {
    if (std::chrono::steady_clock::now() > deadline) return;
    pollfd p{out_fd_, POLLIN, 0};
    if (poll(&p, 1, 200) <= 0) continue;
    char buf[4096];
    ssize_t n = read(out_fd_, buf, sizeof buf);
    if (n <= 0) return;  // exited: output_ says why
    output_.append(buf, static_cast<size_t>(n));
  }
}

ServeProcess::~ServeProcess() { Stop(); }

int ServeProcess::Stop() {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  if (out_fd_ >= 0) close(out_fd_);
  out_fd_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

HttpReply ServeProcess::Send(const std::string& method, const std::string& target,
                             const std::string& body,
                             const std::map<std::string, std::string>& headers,
                             const std::string& host) const {
  HttpReply reply;
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port_));
  inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    reply.body = std::string("connect: ") + std::strerror(errno);
    close(fd);
    return reply;
  }
  std::string request =
      method + " " + target +
      " HTTP/1.1\r\nHost: " + (host.empty() ? "127.0.0.1:" + std::to_string(port_) : host) +
      "\r\nConnection: close\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  for (const auto& [k, v] : headers) request += k + ": " + v + "\r\n";
  request += "\r\n" + body;
  for (size_t done = 0; done < request.size();) {
    ssize_t n = send(fd, request.data() + done, request.size() - done, MSG_NOSIGNAL);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  std::string raw;
  char buf[65536];
  for (ssize_t n; (n = recv(fd, buf, sizeof buf, 0)) > 0;) raw.append(buf, static_cast<size_t>(n));
  close(fd);
  size_t head_end = raw.find("\r\n\r\n");
  if (raw.size() < 12 || head_end == std::string::npos) {
    reply.body = "no HTTP reply, got: " + raw;
    return reply;
  }
  reply.status = std::stoi(raw.substr(9, 3));
  size_t line = raw.find("\r\n") + 2;
  while (line < head_end) {
    size_t end = raw.find("\r\n", line);
    std::string field = raw.substr(line, end - line);
    size_t colon = field.find(':');
    std::string name = field.substr(0, colon);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    size_t value = field.find_first_not_of(' ', colon + 1);
    reply.headers[name] = value == std::string::npos ? "" : field.substr(value);
    line = end + 2;
  }
  reply.body = raw.substr(head_end + 4);
  return reply;
}

}  // namespace kith::test
