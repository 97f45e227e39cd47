// Fuzzes MboxReader (src/formats/mail.h) on whole mbox files.
//
// No crash, and what the reader gives holds together: messages start at
// increasing offsets on a "From " line at the start of a line, consumed()
// grows and ends at the input's size, an error names a byte ("byte N: ...")
// and ends the reading, names are valid UTF-8 without control characters,
// addresses hold an '@' and no line breaks; and read in two parts split at
// MboxSplit (as `kith import` does on two threads), the file gives the same
// messages.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "formats/mail.h"
#include "util/text.h"

namespace {

void Require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "invariant failed: %s\n", what);
  std::abort();
}

void CheckAddress(const kith::formats::MailAddress& a) {
  Require(kith::IsValidUtf8(a.name), "name is not UTF-8");
  for (char c : a.name) Require(static_cast<unsigned char>(c) >= 0x20, "control in name");
  Require(a.name.empty() || (a.name.front() != ' ' && a.name.back() != ' '), "name not trimmed");
  Require(a.email.find('@') != std::string::npos, "address without '@'");
  Require(a.email.find_first_of("\r\n") == std::string::npos, "line break in address");
}

// The offsets and senders of the messages of text[begin, end); false on an error.
bool ReadRange(std::string_view text, size_t begin, size_t end,
               std::vector<std::pair<int64_t, std::string>>& out) {
  kith::formats::MboxReader reader(text.substr(0, end), begin);
  kith::formats::MailMessage m;
  for (;;) {
    kith::Result<bool> more = reader.Next(m);
    if (!more) return false;
    if (!*more) return true;
    out.emplace_back(m.offset, m.from.email);
  }
}

void CheckParts(std::string_view text) {
  std::vector<std::pair<int64_t, std::string>> whole, parts;
  if (!ReadRange(text, 0, text.size(), whole)) return;
  size_t split = kith::formats::MboxSplit(text, text.size() / 2);
  Require(ReadRange(text, 0, split, parts) && ReadRange(text, split, text.size(), parts),
          "a part failed where the whole file did not");
  Require(parts == whole, "the parts give other messages than the whole file");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  kith::formats::MboxReader reader(text);
  kith::formats::MailMessage m;
  int64_t last = -1;
  for (;;) {
    kith::Result<bool> more = reader.Next(m);
    if (!more) {
      Require(more.status().message().starts_with("byte "), "error does not name a byte");
      kith::Result<bool> again = reader.Next(m);
      Require(again.ok() && !*again, "reading went on after an error");
      return 0;
    }
    if (!*more) break;
    Require(m.offset > last, "offsets do not increase");
    Require(text.substr(static_cast<size_t>(m.offset), 5) == "From ", "message not at From ");
    Require(m.offset == 0 || text[static_cast<size_t>(m.offset) - 1] == '\n' ||
                text[static_cast<size_t>(m.offset) - 1] == '\r',
            "From not at a line start");
    Require(reader.consumed() > static_cast<size_t>(m.offset), "consumed() did not grow");
    last = m.offset;
    if (!m.from.email.empty()) CheckAddress(m.from);
    for (const auto& a : m.to) CheckAddress(a);
    for (const auto& a : m.cc) CheckAddress(a);
  }
  Require(reader.consumed() == size, "consumed() is not the input's size at the end");
  CheckParts(text);
  return 0;
}
