// WhatsApp chat exports ("Export chat" on Android and iPhone, the _chat.txt
// or "WhatsApp Chat with Ana.txt" file) for `kith import`: who wrote when.
//
//   Status s = ReadWhatsApp(text, [&](const ChatMessage& m) {
//     Talked(m.sender, m.at);
//     return Status::Ok();
//   });
//   // s.message(): "line 1: not a WhatsApp chat export"; the importer puts
//   // the file name in front.
//
// Reads the four layouts WhatsApp writes, in any locale's date order:
//   12/31/20, 11:59 PM - Ana Lima: hello          (Android, US)
//   31/12/2020, 23:59 - Ana Lima: hello           (Android, most others)
//   [31.12.20, 23:59:59] Ana Lima: hello          (iPhone)
//   [12/31/20, 11:59:59 PM] Ana Lima: hello       (iPhone, US)
// Whether a date is day/month or month/day is decided once for the whole
// file; see ReadWhatsApp. Times are local time (TZ), as the phone showed them.
// Pure function apart from reading TZ; thread-safe. The format notes are in
// docs/formats.md.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "util/status.h"

namespace kith::formats {

struct ChatMessage {
  int line = 0;        // 1-based line where the message starts
  int64_t at = 0;      // Unix seconds
  std::string sender;  // as the phone showed it: a contact name or a phone number
  // The message, lines joined with "\n", for telling messages apart (hashing);
  // "<Media omitted>" and "image omitted" are messages too. Valid only during
  // the callback.
  std::string_view text;
};

// Calls `on_message` for each message, in file order. A line that does not
// start with a date is the next line of the message before it. Lines with a
// date but no "Sender: " are WhatsApp's own notices ("Ana added Ben",
// "Messages and calls are end-to-end encrypted") and are skipped, as are those
// notices when an iPhone attributes them to the chat.
//
// Day/month order: a first field above 12 anywhere means day first, a second
// field above 12 means month first (the more frequent wins if both occur);
// otherwise day first, unless times have AM/PM. Lines whose date is impossible
// in the chosen order are read as message text.
//
// Fails with "line N: not a WhatsApp chat export" when the first non-blank
// line is not a dated line; otherwise returns the first non-Ok status from
// the callback.
Status ReadWhatsApp(std::string_view text,
                    const std::function<Status(const ChatMessage&)>& on_message);

}  // namespace kith::formats
