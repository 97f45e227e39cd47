// Fuzzes ReadWhatsApp (src/formats/whatsapp.h).
//
// An error must be "line N: not a WhatsApp chat export" for a line N of the
// input. Messages come in file order (strictly increasing lines), have a
// sender without surrounding spaces, and text that does not end in a line
// break; text read from a file without CRs points into the input.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <string_view>

#include "formats/whatsapp.h"

namespace {

void Require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "invariant failed: %s\n", what);
  std::abort();
}

int LineCount(std::string_view text) {
  int lines = 1;
  for (char c : text) lines += c == '\n';
  return lines;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  setenv("TZ", "UTC", 1);
  tzset();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  int lines = LineCount(text);
  bool has_cr = text.find('\r') != std::string_view::npos;
  int last_line = 0;
  kith::Status status = kith::formats::ReadWhatsApp(text, [&](const kith::formats::ChatMessage& m) {
    Require(m.line > last_line && m.line <= lines, "message lines out of order or range");
    last_line = m.line;
    Require(!m.sender.empty(), "empty sender");
    Require(m.sender.front() != ' ' && m.sender.back() != ' ', "sender not trimmed");
    Require(!m.text.ends_with('\n'), "text ends in a line break");
    if (!has_cr) {
      Require(m.text.data() >= text.data() && m.text.data() + m.text.size() <= text.data() + size,
              "text does not point into the input");
    }
    return kith::Status::Ok();
  });
  if (!status.ok()) {
    const std::string& message = status.message();
    Require(message.starts_with("line ") && message.ends_with(": not a WhatsApp chat export"),
            "unexpected error text");
    int n = std::atoi(message.c_str() + 5);
    Require(n >= 1 && n <= lines, "error names a line outside the input");
  }
  return 0;
}
