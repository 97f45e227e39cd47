// Fuzzes the header-value parsers of src/formats/mail.h on their own: address
// lists, RFC 2047 decoding and dates. No crash; addresses hold an '@' and
// names are trimmed UTF-8 without control characters; decoded text is UTF-8;
// the first address of a list is the same when parsed into reused strings.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "formats/mail.h"
#include "util/text.h"

namespace {

void Require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "invariant failed: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<kith::formats::MailAddress> fresh;
  fresh.resize(kith::formats::ParseAddressList(text, fresh, 0));
  for (const auto& a : fresh) {
    Require(a.email.find('@') != std::string::npos, "address without '@'");
    Require(kith::IsValidUtf8(a.name), "name is not UTF-8");
    for (char c : a.name) Require(static_cast<unsigned char>(c) >= 0x20, "control in name");
    Require(a.name.empty() || (a.name.front() != ' ' && a.name.back() != ' '), "name not trimmed");
  }
  std::vector<kith::formats::MailAddress> reused(3, {"a long name left over from before", "x@y"});
  size_t n = kith::formats::ParseAddressList(text, reused, 1);
  Require(n == fresh.size() + 1, "appending gave a different count");
  for (size_t i = 0; i < fresh.size(); ++i) Require(reused[i + 1] == fresh[i], "reuse changed it");

  std::string decoded;
  kith::formats::DecodeHeaderText(text, decoded);
  Require(kith::IsValidUtf8(decoded), "decoded text is not UTF-8");
  if (auto t = kith::formats::ParseMailDate(text)) {
    Require(*t > -2300000000LL && *t < 253402400000LL, "date out of 1900-9999");
  }
  return 0;
}
