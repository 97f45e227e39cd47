#include "server/auth.h"

#include <sodium.h>

#include <array>

namespace kith::server {

std::string RandomToken() {
  if (sodium_init() < 0) std::abort();  // no randomness: nothing safe to do
  std::array<unsigned char, 32> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  std::array<char, 65> hex{};
  sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
  return std::string(hex.data(), 64);
}

Result<std::string> HashPassword(std::string_view password) {
  if (sodium_init() < 0) return Status::Internal("libsodium failed to start");
  if (password.size() < 8) return Status::Invalid("a password needs at least 8 characters");
  std::array<char, crypto_pwhash_STRBYTES> out{};
  if (crypto_pwhash_str_alg(out.data(), password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Status::Internal("out of memory hashing the password");
  }
  return std::string(out.data());
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
  if (hash.empty() || sodium_init() < 0) return false;
  std::string h(hash);
  return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

std::string Auth::IssueLoginToken() {
  std::string token = RandomToken();
  std::lock_guard lock(mu_);
  login_tokens_[token] = true;
  return token;
}

Session Auth::NewSession(int64_t now) {
  Session s{RandomToken(), RandomToken(), now + kSessionSeconds, false};
  sessions_[s.id] = s;
  return s;
}

bool Auth::Limited(std::string_view peer, int64_t now) {
  std::lock_guard lock(mu_);
  auto it = attempts_.find(std::string(peer));
  return it != attempts_.end() && it->second.minute == now / 60 &&
         it->second.failures >= kLoginAttemptsPerMinute;
}

void Auth::CountFailure(std::string_view peer, int64_t now) {
  Attempts& a = attempts_[std::string(peer)];
  if (a.minute != now / 60) a = Attempts{now / 60, 0};
  ++a.failures;
}

std::optional<Session> Auth::RedeemLoginToken(std::string_view token, std::string_view peer,
                                              int64_t now) {
  std::lock_guard lock(mu_);
  auto it = login_tokens_.find(std::string(token));
  if (it == login_tokens_.end() || !it->second) {
    CountFailure(peer, now);
    return std::nullopt;
  }
  it->second = false;
  return NewSession(now);
}

Result<Session> Auth::LoginWithPassword(std::string_view password, std::string_view peer,
                                        int64_t now) {
  if (!has_password()) return Status::Invalid("no password is set; run `kith passwd`");
  // The hash takes ~0.1 s and 64 MiB: not under the lock.
  bool ok = VerifyPassword(password_hash_, password);
  std::lock_guard lock(mu_);
  if (!ok) {
    CountFailure(peer, now);
    return Status::NotFound("wrong password");
  }
  return NewSession(now);
}

std::optional<Session> Auth::Find(std::string_view session_id, int64_t now) {
  std::lock_guard lock(mu_);
  auto it = sessions_.find(std::string(session_id));
  if (it == sessions_.end()) return std::nullopt;
  if (it->second.expires_at <= now) {
    sessions_.erase(it);
    return std::nullopt;
  }
  return it->second;
}

void Auth::SetDemo(std::string_view session_id, bool demo) {
  std::lock_guard lock(mu_);
  auto it = sessions_.find(std::string(session_id));
  if (it != sessions_.end()) it->second.demo = demo;
}

void Auth::Logout(std::string_view session_id) {
  std::lock_guard lock(mu_);
  sessions_.erase(std::string(session_id));
}

}  // namespace kith::server
