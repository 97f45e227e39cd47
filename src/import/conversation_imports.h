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

#include <string_view>

#include "import/session.h"

namespace kith::import {

bool LooksLikeMbox(std::string_view head);
bool LooksLikeCalendar(std::string_view head);
bool LooksLikeWhatsApp(std::string_view head);

Status ImportMbox(std::string_view text, std::string_view source, ImportSession& session);
Status ImportCalendar(std::string_view text, std::string_view source, int64_t now,
                      ImportSession& session);
Status ImportWhatsApp(std::string_view text, std::string_view source, ImportSession& session);

// True for addresses that never read replies: no-reply@, mailer-daemon@, ...
bool IsNoReply(std::string_view email);

}  // namespace kith::import
