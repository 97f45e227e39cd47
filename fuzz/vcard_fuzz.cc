// Fuzzes ParseVcards and WriteVcard (src/formats/vcard.h).
//
// Parses the input as a .vcf file. A parse error must name the place
// ("fuzz.vcf:<line>: ..."). When the parse succeeds, every card is written as
// vCard 3.0 and 4.0 and the output parsed again: that must succeed, give one
// card, and keep what kith stores (names, emails, phones, URLs, addresses,
// handles, dates, categories, notes and the extra properties). The output must
// be what other readers expect: CRLF line ends, physical lines of at most 75
// octets, each valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "formats/vcard.h"
#include "util/text.h"

namespace {

using kith::formats::Vcard;

void Require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "invariant failed: %s\n", what);
  std::abort();
}

void CheckPhysicalLines(std::string_view vcf) {
  while (!vcf.empty()) {
    size_t end = vcf.find("\r\n");
    Require(end != std::string_view::npos, "output does not end in CRLF");
    std::string_view line = vcf.substr(0, end);
    Require(line.find_first_of("\r\n") == std::string_view::npos, "bare CR or LF");
    Require(line.size() <= 75, "physical line longer than 75 octets");
    Require(kith::IsValidUtf8(line), "physical line is not UTF-8");
    vcf.remove_prefix(end + 2);
  }
}

void CheckSame(const Vcard& a, const Vcard& b) {
  Require(a.formatted_name == b.formatted_name, "FN changed");
  Require(a.name == b.name, "N changed");
  Require(a.emails == b.emails, "emails changed");
  Require(a.phones == b.phones, "phones changed");
  Require(a.urls == b.urls, "URLs changed");
  Require(a.addresses == b.addresses, "addresses changed");
  Require(a.handles == b.handles, "handles changed");
  Require(a.org == b.org && a.title == b.title && a.note == b.note && a.uid == b.uid,
          "ORG, TITLE, NOTE or UID changed");
  Require(a.birthday == b.birthday && a.anniversary == b.anniversary, "dates changed");
  Require(a.categories == b.categories, "categories changed");
  Require(a.extra == b.extra, "extra properties changed");
}

void CheckRoundTrip(const Vcard& card, int version) {
  std::string vcf = kith::formats::WriteVcard(card, version);
  CheckPhysicalLines(vcf);
  std::vector<Vcard> back;
  kith::Status status = kith::formats::ParseVcards(vcf, "out.vcf", [&](Vcard&& c) {
    back.push_back(std::move(c));
    return kith::Status::Ok();
  });
  if (!status.ok()) std::fprintf(stderr, "%s\n%s\n", status.message().c_str(), vcf.c_str());
  Require(status.ok(), "written card does not parse");
  Require(back.size() == 1, "written card is not one card");
  CheckSame(card, back[0]);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<Vcard> cards;
  kith::Status status = kith::formats::ParseVcards(text, "fuzz.vcf", [&](Vcard&& card) {
    cards.push_back(std::move(card));
    return kith::Status::Ok();
  });
  if (!status.ok()) {
    Require(status.message().starts_with("fuzz.vcf:"), "error does not name the file");
    return 0;
  }
  for (const Vcard& card : cards) {
    CheckRoundTrip(card, 3);
    CheckRoundTrip(card, 4);
  }
  return 0;
}
