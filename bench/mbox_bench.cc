// Throughput of MboxReader (src/formats/mail.h) on an mbox file, the parser
// alone: maps the file, reads every message's headers, and prints messages/s
// and MB/s. Pages already read are released every 64 MB, as the importer
// does, so peak memory stays flat whatever the file's size.
//
//   build/bench/mbox_gen --messages 100000 --seed 1 > /tmp/mail.mbox
//   build/bench/mbox_bench /tmp/mail.mbox [--keep-pages]
//
// Compare with bench/mbox_python.py on the same file (docs/benchmarks.md).
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>

#include "formats/mail.h"
#include "util/mapped_file.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: mbox_bench FILE.mbox [--keep-pages]\n");
    return 2;
  }
  bool keep_pages = argc > 2 && std::strcmp(argv[2], "--keep-pages") == 0;
  auto start = std::chrono::steady_clock::now();
  std::clock_t cpu_start = std::clock();
  kith::Result<kith::MappedFile> file = kith::MappedFile::Open(argv[1]);
  if (!file) {
    std::fprintf(stderr, "%s\n", file.status().message().c_str());
    return 1;
  }
  kith::formats::MboxReader reader(file->data());
  kith::formats::MailMessage m;
  size_t messages = 0, bulk = 0, addresses = 0, dated = 0, replies = 0, named = 0;
  size_t next_release = 64 << 20;
  for (;;) {
    kith::Result<bool> more = reader.Next(m);
    if (!more) {
      std::fprintf(stderr, "%s: %s\n", argv[1], more.status().message().c_str());
      return 1;
    }
    if (!*more) break;
    ++messages;
    bulk += m.bulk != nullptr;
    addresses += 1 + m.to.size() + m.cc.size();
    dated += m.date.has_value();
    replies += !m.in_reply_to.empty();
    named += !m.from.name.empty();
    if (!keep_pages && reader.consumed() >= next_release) {
      file->Release(reader.consumed());
      next_release = reader.consumed() + (64 << 20);
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // CPU time too: on a shared machine the wall clock also counts waiting for a core.
  double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  double mb = static_cast<double>(file->data().size()) / 1e6;
  std::printf(
      "%zu messages (%zu bulk, %zu dated, %zu replies, %zu named senders, %zu addresses)\n"
      "%.0f MB in %.3f s: %.0f messages/s, %.0f MB/s\n"
      "%.3f s of CPU: %.0f messages/s, %.0f MB/s\n",
      messages, bulk, dated, replies, named, addresses, mb, seconds,
      static_cast<double>(messages) / seconds, mb / seconds, cpu,
      static_cast<double>(messages) / cpu, mb / cpu);
  return 0;
}
