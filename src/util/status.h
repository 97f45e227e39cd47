// Status and Result<T>: how kith's layers say what went wrong.
//
// Every function at a module boundary that can fail returns a Status (no
// value) or a Result<T> (a value or a Status). A Status carries a code a
// caller can act on and a message a person can read. The CLI maps codes to
// exit codes in one place (cli/exit_codes.h); the server will map them to
// HTTP statuses in one place.
//
//   Result<Person> r = store.GetPerson(id);
//   if (!r) return r.status();
//   Use(*r);
//
// Values of these types are plain data: copyable, not thread-shared.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace kith {

enum class Code {
  kOk = 0,
  kInvalid,    // bad input from the user or a file
  kNotFound,   // a referenced thing does not exist
  kAmbiguous,  // a reference matches more than one thing
  kConflict,   // the change contradicts what is stored
  kIo,         // the disk or the database failed
  kInternal,   // a bug
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Invalid(std::string msg) { return Status(Code::kInvalid, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status Ambiguous(std::string msg) { return Status(Code::kAmbiguous, std::move(msg)); }
  static Status Conflict(std::string msg) { return Status(Code::kConflict, std::move(msg)); }
  static Status Io(std::string msg) { return Status(Code::kIo, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  explicit operator bool() const { return ok(); }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "what: message" — adds context while keeping the code.
  Status Prefixed(const std::string& what) const { return Status(code_, what + ": " + message_); }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Name of a code, as shown in JSON errors ("invalid", "not_found", ...).
const char* CodeName(Code code);

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}  // NOLINT: must not be Ok

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<1>(v_);
  }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace kith

// Returns early from the enclosing function when `expr` (a Status) failed.
#define KITH_RETURN_IF_ERROR(expr)               \
  do {                                           \
    ::kith::Status kith_status_ = (expr);        \
    if (!kith_status_.ok()) return kith_status_; \
  } while (0)
