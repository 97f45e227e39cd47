// Reading the headers of mail in mbox files (Thunderbird, Gmail Takeout,
// mutt, Apple Mail exports) for `kith import`: who wrote to whom, and when.
//
//   MboxReader reader(mapped_file_bytes);
//   MailMessage m;
//   for (;;) {
//     Result<bool> more = reader.Next(m);
//     if (!more) return more.status();  // "byte 8812: header block larger than 1 MiB"
//     if (!*more) break;
//     if (m.bulk) continue;              // a mailing list, a newsletter, an auto-reply
//     Use(m.from.email, m.to, m.date);
//   }
//
// The reader works over the whole file's bytes, which the caller maps (see
// util/mapped_file.h): it never copies a body, only skips it by looking for
// the next "From " line, and parses only the headers kith keeps. Names are
// RFC 2047-decoded to UTF-8. The format and the header rules are described in
// docs/formats.md ("mbox"). Bodies, subjects and Reply-To are not read.
//
// A reader is a cursor, not thread-safe; the free functions are pure and
// thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace kith::formats {

struct MailAddress {
  std::string name;   // display name (or an old-style "(comment)"), decoded to UTF-8
  std::string email;  // as written, trimmed, without <>
  friend bool operator==(const MailAddress&, const MailAddress&) = default;
};

struct MailMessage {
  int64_t offset = 0;           // byte offset of the "From " separator line
  std::optional<int64_t> date;  // Unix seconds (UTC) from Date:; nullopt if missing or unreadable
  MailAddress from;             // the first address of the first From:
  std::vector<MailAddress> to, cc;  // every To: and Cc: header, in order
  std::string message_id;           // without <>, empty if none
  std::string in_reply_to;          // the first id, without <>
  // Why the message is bulk mail, or nullptr: "List-Id", "Precedence: bulk"
  // (or ": list", ": junk"), "Auto-Submitted" (any value but "no"),
  // "List-Unsubscribe" - the first of these, in this order, that applies.
  const char* bulk = nullptr;
};

// Messages of an mbox file in order (mboxo, mboxrd and mboxcl all read the
// same way: a message starts at a line beginning with "From "; ">From " is
// body text). LF or CRLF line ends.
class MboxReader {
 public:
  explicit MboxReader(std::string_view data);
  // The messages that start at or after `begin` (a message start: see
  // MboxSplit), for reading parts of one file on several threads. Offsets
  // and error positions stay those of `data`.
  MboxReader(std::string_view data, size_t begin);

  // Fills `out` with the next message, reusing its buffers; false at the end.
  // Stops at the first error: a file that does not start with a "From " line,
  // or a header block larger than kMaxHeaderBytes.
  Result<bool> Next(MailMessage& out);

  // Bytes read so far (the start of the next message), for a progress bar and
  // for releasing the pages already read (MappedFile::Release).
  size_t consumed() const { return pos_; }

  static constexpr size_t kMaxHeaderBytes = size_t{1} << 20;

 private:
  struct Scan;  // one message's header scan (mbox.cc)

  std::string_view data_;
  size_t pos_ = 0;
  bool started_ = false;
  bool failed_ = false;
  std::string unfolded_;           // a folded header's value, unfolded
  std::vector<MailAddress> from_;  // From:'s addresses, of which the first is kept
};

// Where a reader of `data` would start the first message at or after `near`:
// the start of the next "From " line (data.size() when there is none). The
// parts [0, s1), [s1, s2), ... of a file, read by MboxReader(data.substr(0,
// s_next), s), give the messages of the whole file, in order.
size_t MboxSplit(std::string_view data, size_t near);

// The addresses of a To:, Cc: or From: value (RFC 5322 with the obsolete
// forms), appended to `out` from index `count` on, reusing the strings already
// there; returns the new count. The caller resizes `out` to it.
size_t ParseAddressList(std::string_view value, std::vector<MailAddress>& out, size_t count);

// `text` with RFC 2047 encoded-words decoded and everything made UTF-8, into
// `out` (replaced). Whitespace between adjacent encoded-words is dropped.
void DecodeHeaderText(std::string_view text, std::string& out);

// A Date: value (RFC 5322, with obsolete forms: no weekday, two-digit years,
// zone names, comments, no seconds; also asctime's "Tue Jul  1 10:52:37 2003")
// as Unix seconds, or nullopt.
std::optional<int64_t> ParseMailDate(std::string_view value);

}  // namespace kith::formats
