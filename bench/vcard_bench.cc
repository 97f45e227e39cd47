// Throughput of the vCard parser and writer (src/formats/vcard.h) on cards
// generated in memory, in the shapes exporters write: Apple 3.0 with item
// groups and labels, Android 2.1 with quoted-printable UTF-8, plain 4.0. With
// photos:1, one Apple card in 20 carries a 24 KB base64 photo and one Android
// card in 50 an 8 KB one (100k cards: 38 MB of input, 86 MB with photos).
//   build/bench/vcard_bench [--benchmark_filter=Parse]
// The target: 100k cards imported in under 2 s; items_per_second is
// cards per second.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "formats/vcard.h"

namespace kith::formats {
namespace {

std::string Photo(size_t octets, std::string_view indent) {
  std::string photo;
  for (size_t i = 0; i < octets; i += 74) photo.append(indent).append(74, 'Q').append("\r\n");
  return photo;
}

std::string AppleCard(int i, bool photos) {
  std::string card =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//macOS 14.4//EN\r\n"
      "N:Okafor" +
      std::to_string(i) + ";Ben;;;\r\nFN:Ben Okafor" + std::to_string(i) +
      "\r\nORG:Acme Corp;Sales;\r\n"
      "item1.EMAIL;type=INTERNET;type=pref:ben" +
      std::to_string(i) +
      "@example.com\r\nitem1.X-ABLabel:_$!<Other>!$_\r\n"
      "TEL;type=CELL;type=VOICE;type=pref:+1 555 01" +
      std::to_string(i % 100) +
      "\r\nitem2.ADR;type=HOME:;;12 Elm Street;Springfield;IL;62701;USA\r\n"
      "BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12\r\n"
      "NOTE:Met at the climbing gym\\, Tuesdays.\\nLikes espresso.\r\n"
      "X-SOCIALPROFILE;type=twitter:http://twitter.com/ben\r\n";
  if (photos && i % 20 == 0) card += "PHOTO;ENCODING=b;TYPE=JPEG:\r\n" + Photo(24 << 10, " ");
  return card + "UID:4B6F2A1C-0D4E-4F7A-9E55-" + std::to_string(i) + "\r\nEND:VCARD\r\n";
}

std::string AndroidCard(int i, bool photos) {
  std::string card =
      "BEGIN:VCARD\r\nVERSION:2.1\r\n"
      "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Kowalski;=C5=81ukasz;;;\r\n"
      "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=81ukasz Kowalski\r\n"
      "TEL;CELL;PREF:+48 600 100 " +
      std::to_string(i % 1000) + "\r\nTEL;HOME:+48 12 345 67 89\r\nEMAIL;HOME:lukasz" +
      std::to_string(i) +
      "@example.pl\r\n"
      "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Spotkanie w Krakowie=0A=\r\n"
      "Zadzwo=C5=84 w pi=C4=85tek\r\n";
  if (photos && i % 50 == 1)
    card += "PHOTO;ENCODING=BASE64;JPEG:\r\n" + Photo(8 << 10, " ") + "\r\n";
  return card + "END:VCARD\r\n";
}

std::string Version4Card(int i) {
  return "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Lima " + std::to_string(i) +
         "\r\nN:Lima;Ana;;Dr.;\r\nTEL;VALUE=uri;TYPE=\"cell,voice\";PREF=1:tel:+1-555-0142\r\n"
         "EMAIL;TYPE=work:ana" +
         std::to_string(i) +
         "@lima.example\r\nBDAY:--0412\r\nGENDER:F\r\nLANG;PREF=1:pt\r\n"
         "IMPP;PREF=1:xmpp:ana@lima.example\r\nEND:VCARD\r\n";
}

std::string Cards(int n, bool photos) {
  std::string text;
  for (int i = 0; i < n; ++i) {
    text += i % 3 == 0   ? AppleCard(i, photos)
            : i % 3 == 1 ? AndroidCard(i, photos)
                         : Version4Card(i);
  }
  return text;
}

void BM_ParseVcards(benchmark::State& state) {
  std::string text = Cards(static_cast<int>(state.range(0)), state.range(1) != 0);
  for (auto _ : state) {
    size_t names = 0;
    Status status = ParseVcards(text, "bench.vcf", [&](Vcard&& card) {
      names += card.formatted_name.size();
      return Status::Ok();
    });
    if (!status.ok()) state.SkipWithError(status.message().c_str());
    benchmark::DoNotOptimize(names);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ParseVcards)
    ->ArgsProduct({{100000}, {0, 1}})
    ->ArgNames({"cards", "photos"})
    ->Unit(benchmark::kMillisecond);

void BM_WriteVcard(benchmark::State& state) {
  std::vector<Vcard> cards;
  Status status =
      ParseVcards(Cards(static_cast<int>(state.range(0)), true), "bench.vcf", [&](Vcard&& card) {
        cards.push_back(std::move(card));
        return Status::Ok();
      });
  if (!status.ok()) std::abort();
  for (auto _ : state) {
    size_t size = 0;
    for (const Vcard& card : cards) size += WriteVcard(card, 4).size();
    benchmark::DoNotOptimize(size);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_WriteVcard)->Arg(100000)->ArgName("cards")->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kith::formats

BENCHMARK_MAIN();
