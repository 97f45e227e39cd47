// The importers of mail, calendars and chats: each reads one file with its
// parser (formats/) and adds what happened to the run's ConversationLog
// (import/conversations.h), which decides at the end who becomes a person.
//
// What is left out, and counted in report.messages_skipped:
//   mail:      mailing lists and bulk mail (List-Id, Precedence, Auto-Submitted,
//              List-Unsubscribe), no-reply senders, more than 20 recipients,
//              messages without a Date;
//   calendars: events with no one but you, events with more than 20 people;
//   chats:     nothing (a day of messages is one interaction).
//
// Source keys, so a second import changes nothing: mail by Message-ID (or a
// hash of sender, date and recipients when it has none), calendars by UID
// and the occurrence's start, chats by day and a hash of that day's first
// message. Parse errors come back as "file:line: what" ("file: byte N: what"
// for mbox).
#pragma once

#include <cstddef>
#include <string_view>

#include "import/session.h"

namespace kith::import {

bool LooksLikeMbox(std::string_view head);
bool LooksLikeCalendar(std::string_view head);
bool LooksLikeWhatsApp(std::string_view head);

// Reads the file in parts of about `part_bytes`, two at a time: one on this
// thread, the next on a second (the default suits large archives; tests use
// small parts to run both threads on small files).
constexpr size_t kMboxPartBytes = size_t{16} << 20;
Status ImportMbox(std::string_view text, std::string_view source, ImportSession& session,
                  size_t part_bytes = kMboxPartBytes);
Status ImportCalendar(std::string_view text, std::string_view source, int64_t now,
                      ImportSession& session);
Status ImportWhatsApp(std::string_view text, std::string_view source, ImportSession& session);

// True for addresses that never read replies: no-reply@, mailer-daemon@, ...
bool IsNoReply(std::string_view email);

}  // namespace kith::import
