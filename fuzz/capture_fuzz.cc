// Fuzzes ParseCapture, the `kith meet` line parser (src/core/capture.h).
//
// Beyond not crashing, checks what callers rely on: failures are Invalid with
// a message; successes come only from valid UTF-8 within the size limit, and
// every captured string is non-empty, trimmed, on one line, free of ';' and
// made of words that were typed.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/capture.h"
#include "util/date.h"
#include "util/text.h"

namespace {

using kith::core::Capture;

void Require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "invariant failed: %s\n", what);
  std::abort();
}

// Non-empty, trimmed, one line, no ';', and each space-separated word occurs in the input.
void CheckText(std::string_view s, std::string_view input) {
  Require(!s.empty(), "captured text is empty");
  Require(kith::Trim(s) == s, "captured text is not trimmed");
  Require(kith::IsValidUtf8(s), "captured text is not UTF-8");
  Require(s.find_first_of(";\t\n\r\f\v") == std::string_view::npos, "';' or control in text");
  Require(s.find("  ") == std::string_view::npos, "double space in captured text");
  for (size_t start = 0; start < s.size();) {
    size_t end = std::min(s.find(' ', start), s.size());
    Require(input.find(s.substr(start, end - start)) != std::string_view::npos,
            "captured word was not typed");
    start = end + 1;
  }
}

void CheckOptional(const std::string& s, std::string_view input) {
  if (!s.empty()) CheckText(s, input);
}

void CheckList(const std::vector<std::string>& list, std::string_view input) {
  for (const std::string& s : list) CheckText(s, input);
}

void CheckContacts(const Capture& c) {
  for (const std::string& email : c.emails) {
    size_t at = email.find('@');
    Require(at != std::string::npos && at > 0, "email without '@' or a local part");
  }
  for (const std::string& phone : c.phones) {
    int digits = 0;
    for (char ch : phone) digits += (ch >= '0' && ch <= '9') ? 1 : 0;
    Require(digits >= 7 && digits <= 15, "phone digit count");
  }
  for (const std::string& url : c.urls) {
    Require(kith::StartsWithNoCase(url, "http") || kith::StartsWithNoCase(url, "www."),
            "url scheme");
  }
}

void CheckDates(const Capture& c) {
  if (c.met_on) {
    Require(kith::IsRealDate(c.met_on->year, c.met_on->month, c.met_on->day), "met_on real");
  }
  for (const auto& d : c.dates) {
    Require(kith::IsRealDate(d.date.year == 0 ? 2000 : d.date.year, d.date.month, d.date.day),
            "captured date is not real");
    Require(d.kind == "birthday" || d.kind == "anniversary", "date kind");
  }
}

void CheckCapture(const Capture& c, std::string_view input) {
  CheckText(c.name, input);
  for (const std::string* s : {&c.company, &c.title, &c.location, &c.met_at, &c.met_via}) {
    CheckOptional(*s, input);
  }
  for (const auto& fact : c.facts) CheckText(fact.text, input);
  for (const auto* list : {&c.needs, &c.offers, &c.tags, &c.notes, &c.emails, &c.phones, &c.urls}) {
    CheckList(*list, input);
  }
  CheckContacts(c);
  CheckDates(c);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  kith::Result<Capture> capture = kith::core::ParseCapture(input);
  if (!capture) {
    Require(capture.status().code() == kith::Code::kInvalid, "error is not Invalid");
    Require(!capture.status().message().empty(), "error without a message");
    Require(kith::IsValidUtf8(capture.status().message()), "error message is not UTF-8");
    return 0;
  }
  Require(size <= kith::core::kMaxCaptureBytes, "accepted an over-long line");
  Require(kith::IsValidUtf8(input), "accepted invalid UTF-8");
  CheckCapture(*capture, input);
  return 0;
}
