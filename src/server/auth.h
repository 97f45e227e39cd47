// Who may use the server. A browser logs in once, with the one-time token
// printed at start (`/login?token=...`) or with the password (`kith passwd`,
// stored as an argon2id hash), and gets a session: an HttpOnly,
// SameSite=Strict cookie, plus a CSRF token the page sends back in the
// X-CSRF-Token header on every state-changing request. Failed logins are
// rate-limited per client address. Thread-safe.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "util/status.h"

namespace kith::server {

struct Session {
  std::string id;    // the cookie's value
  std::string csrf;  // what X-CSRF-Token must carry
  int64_t expires_at = 0;
  bool demo = false;  // exploring the demo network instead of your own
};

inline constexpr int64_t kSessionSeconds = 30 * 24 * 3600;
inline constexpr int kLoginAttemptsPerMinute = 5;

// 32 random bytes as 64 hex digits (libsodium).
std::string RandomToken();
// An argon2id hash of `password` in libsodium's string form.
Result<std::string> HashPassword(std::string_view password);
bool VerifyPassword(std::string_view hash, std::string_view password);

class Auth {
 public:
  // `password_hash` empty: password login is off.
  explicit Auth(std::string password_hash) : password_hash_(std::move(password_hash)) {}

  // A new one-time login token; each redeems once.
  std::string IssueLoginToken();
  // A new session for a valid, unused token; nullopt otherwise (and counted
  // as a failed attempt of `peer`).
  std::optional<Session> RedeemLoginToken(std::string_view token, std::string_view peer,
                                          int64_t now);
  // kUnavailable-like Invalid when rate-limited; NotFound for a wrong password.
  Result<Session> LoginWithPassword(std::string_view password, std::string_view peer, int64_t now);
  // The live session with this cookie value.
  std::optional<Session> Find(std::string_view session_id, int64_t now);
  void Logout(std::string_view session_id);
  void SetDemo(std::string_view session_id, bool demo);
  bool has_password() const { return !password_hash_.empty(); }
  // Whether `peer` has used up its failed attempts for this minute.
  bool Limited(std::string_view peer, int64_t now);

 private:
  Session NewSession(int64_t now);
  void CountFailure(std::string_view peer, int64_t now);

  struct Attempts {
    int64_t minute = 0;
    int failures = 0;
  };
  std::mutex mu_;
  std::string password_hash_;
  std::unordered_map<std::string, bool> login_tokens_;  // token → unused
  std::unordered_map<std::string, Session> sessions_;
  std::unordered_map<std::string, Attempts> attempts_;
};

}  // namespace kith::server
