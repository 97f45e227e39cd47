// mbox framing and the header scan.
//
// Speed comes from touching little: a header kith does not keep costs one
// look at its name and a memchr per line; a body costs only the search for the
// next "\nFrom " (memmem, which glibc vectorizes), so base64 attachments are
// never looked at line by line. Values are views into the file unless folded.
#include <fmt/format.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>

#include "formats/mail.h"
#include "formats/mail_text.h"

namespace kith::formats {
namespace {

using detail::EqualsLower;
using detail::TrimSpace;

constexpr std::string_view kSeparator = "From ";

enum class Field {
  kFrom,
  kTo,
  kCc,
  kDate,
  kMessageId,
  kInReplyTo,
  kListId,
  kListUnsubscribe,
  kPrecedence,
  kAutoSubmitted,
};

struct Header {
  std::string_view name;  // lower case
  Field field;
};

constexpr std::array<Header, 10> kHeaders = {{
    {"from", Field::kFrom},
    {"to", Field::kTo},
    {"cc", Field::kCc},
    {"date", Field::kDate},
    {"message-id", Field::kMessageId},
    {"in-reply-to", Field::kInReplyTo},
    {"list-id", Field::kListId},
    {"list-unsubscribe", Field::kListUnsubscribe},
    {"precedence", Field::kPrecedence},
    {"auto-submitted", Field::kAutoSubmitted},
}};

// Bulk reasons, strongest first: a message is marked with the first that applies.
constexpr std::array<const char*, 6> kBulkReasons = {
    "List-Id",          "Precedence: bulk", "Precedence: list",
    "Precedence: junk", "Auto-Submitted",   "List-Unsubscribe",
};

const Header* FindHeader(std::string_view name) {
  for (const Header& h : kHeaders) {
    if (EqualsLower(name, h.name)) return &h;
  }
  return nullptr;
}

bool StartsWithSeparator(std::string_view data, size_t pos) {
  return data.substr(pos, kSeparator.size()) == kSeparator;
}

// The index of the '\n' ending the line at `pos`, or data.size(). Header
// lines are short, so an inline loop beats a call to memchr.
size_t LineEnd(std::string_view data, size_t pos) {
#if defined(__SSE2__)
  const __m128i newline = _mm_set1_epi8('\n');
  for (; pos + 16 <= data.size(); pos += 16) {
    __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data.data() + pos));
    if (int mask = _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, newline)); mask != 0) {
      return pos + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
  }
#endif
  const void* nl = std::memchr(data.data() + pos, '\n', data.size() - pos);
  return nl ? static_cast<size_t>(static_cast<const char*>(nl) - data.data()) : data.size();
}

// The start of the next "From " line after the '\n' at or after `pos`.
// With SSE2, sixteen bytes at a time are checked for a '\n' followed by an
// 'F', which base64 and text lines rarely hold: about twice as fast as glibc's
// memmem, which matters as bodies are most of a mailbox.
size_t NextSeparator(std::string_view data, size_t pos) {
  const char* d = data.data();
  const size_t n = data.size();
#if defined(__SSE2__)
  const __m128i newline = _mm_set1_epi8('\n');
  const __m128i f = _mm_set1_epi8('F');
  for (; pos + 17 <= n; pos += 16) {
    __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + pos));
    __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + pos + 1));
    auto mask = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(here, newline), _mm_cmpeq_epi8(next, f))));
    for (; mask != 0; mask &= mask - 1) {
      size_t at = pos + static_cast<size_t>(__builtin_ctz(mask));
      if (data.substr(at + 1, kSeparator.size()) == kSeparator) return at + 1;
    }
  }
#endif
  if (pos >= n) return n;
  const void* hit = memmem(d + pos, n - pos, "\nFrom ", 6);
  return hit ? static_cast<size_t>(static_cast<const char*>(hit) - d) + 1 : n;
}

// "<id@host>" gives "id@host"; a bare "id@host" is taken as it is.
void AssignId(std::string_view value, std::string& out) {
  size_t open = value.find('<');
  if (open != std::string_view::npos) {
    size_t close = value.find('>', open);
    out.assign(TrimSpace(value.substr(open + 1, close - open - 1)));
    return;
  }
  value = TrimSpace(value);
  std::string_view word = value.substr(0, value.find_first_of(" \t"));
  if (word.find('@') != std::string_view::npos) out.assign(word);
}

// The first word of a value, before spaces, ';' or a comment.
std::string_view FirstWord(std::string_view value) {
  value = TrimSpace(value);
  return value.substr(0, value.find_first_of(" \t;("));
}

}  // namespace

// One message's header scan: what has been read so far.
struct MboxReader::Scan {
  MboxReader& reader;
  MailMessage& out;
  size_t to = 0, cc = 0;  // addresses read so far
  size_t bulk = kBulkReasons.size();
  bool from = false, date = false;

  size_t Headers(size_t pos, Status& status);
  std::string_view Unfold(size_t begin, size_t end);
  void Read(Field field, std::string_view value);
  void Bulk(size_t reason) { bulk = std::min(bulk, reason); }
  void ReadPrecedence(std::string_view value) {
    std::string_view word = FirstWord(value);
    if (EqualsLower(word, "bulk")) Bulk(1);
    if (EqualsLower(word, "list")) Bulk(2);
    if (EqualsLower(word, "junk")) Bulk(3);
  }
};

MboxReader::MboxReader(std::string_view data) : data_(data) {}

MboxReader::MboxReader(std::string_view data, size_t begin)
    : data_(data), pos_(std::min(begin, data.size())), started_(begin > 0) {}

size_t MboxSplit(std::string_view data, size_t near) {
  if (near == 0) return 0;
  if (near >= data.size()) return data.size();
  return NextSeparator(data, near - 1);
}

Result<bool> MboxReader::Next(MailMessage& out) {
  if (failed_) return false;
  if (!started_) {
    started_ = true;
    while (pos_ < data_.size() && (data_[pos_] == '\n' || data_[pos_] == '\r')) ++pos_;
    if (pos_ < data_.size() && !StartsWithSeparator(data_, pos_)) {
      failed_ = true;
      return Status::Invalid("byte 0: not an mbox file (expected a \"From \" line)");
    }
  }
  if (pos_ >= data_.size()) return false;
  out.offset = static_cast<int64_t>(pos_);
  out.date.reset();
  out.from.name.clear();
  out.from.email.clear();
  out.message_id.clear();
  out.in_reply_to.clear();
  Scan scan{*this, out};
  Status status;
  size_t body = scan.Headers(LineEnd(data_, pos_) + 1, status);
  if (!status.ok()) {
    failed_ = true;
    return status;
  }
  out.to.resize(scan.to);
  out.cc.resize(scan.cc);
  out.bulk = scan.bulk < kBulkReasons.size() ? kBulkReasons[scan.bulk] : nullptr;
  pos_ = NextSeparator(data_, body);
  return true;
}

// Reads the header lines from `pos`; returns the '\n' that ends them (before
// the body, or before the next message when there is no body).
size_t MboxReader::Scan::Headers(size_t pos, Status& status) {
  std::string_view data = reader.data_;
  const size_t begin = pos;
  while (pos < data.size()) {
    if (pos - begin > kMaxHeaderBytes) {
      status = Status::Invalid(fmt::format("byte {}: header block larger than 1 MiB", out.offset));
      return pos;
    }
    size_t eol = LineEnd(data, pos);
    std::string_view line = data.substr(pos, eol - pos);
    if (line.empty() || line == "\r") return eol;  // the blank line before the body
    if (line.starts_with(kSeparator)) return pos - 1;
    size_t colon = line[0] == ' ' || line[0] == '\t' ? 0 : line.find(':');
    const Header* header = nullptr;
    if (colon != 0 && colon != std::string_view::npos) {
      header = FindHeader(TrimSpace(line.substr(0, colon)));
    }
    while (eol + 1 < data.size() && (data[eol + 1] == ' ' || data[eol + 1] == '\t')) {
      eol = LineEnd(data, eol + 1);  // a folded line
    }
    if (header) Read(header->field, Unfold(pos + colon + 1, eol));
    pos = eol + 1;
  }
  return data.size();
}

// RFC 5322 unfolding: the line breaks go, the whitespace after them stays.
std::string_view MboxReader::Scan::Unfold(size_t begin, size_t end) {
  std::string_view value = reader.data_.substr(begin, end - begin);
  if (value.find('\n') == std::string_view::npos) return value;
  std::string& unfolded = reader.unfolded_;
  unfolded.clear();
  for (char c : value) {
    if (c != '\r' && c != '\n') unfolded.push_back(c);
  }
  return unfolded;
}

void MboxReader::Scan::Read(Field field, std::string_view value) {
  switch (field) {
    case Field::kFrom:
      if (!from && ParseAddressList(value, reader.from_, 0) > 0) {
        std::swap(out.from, reader.from_[0]);
        from = true;
      }
      break;
    case Field::kTo:
      to = ParseAddressList(value, out.to, to);
      break;
    case Field::kCc:
      cc = ParseAddressList(value, out.cc, cc);
      break;
    case Field::kDate:
      if (!date) out.date = ParseMailDate(value);
      date = true;
      break;
    case Field::kMessageId:
      if (out.message_id.empty()) AssignId(value, out.message_id);
      break;
    case Field::kInReplyTo:
      if (out.in_reply_to.empty()) AssignId(value, out.in_reply_to);
      break;
    case Field::kListId:
      Bulk(0);
      break;
    case Field::kPrecedence:
      ReadPrecedence(value);
      break;
    case Field::kAutoSubmitted:
      if (std::string_view word = FirstWord(value); !word.empty() && !EqualsLower(word, "no")) {
        Bulk(4);
      }
      break;
    case Field::kListUnsubscribe:
      Bulk(5);
      break;
  }
}

}  // namespace kith::formats
