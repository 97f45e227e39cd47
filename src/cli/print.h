// Human-readable output of the CLI: the brief, lists, the network summary and
// the preview of a capture. Plain text, one fact per line, aligned; the --json
// forms live in app/json.h.
#pragma once

#include <cstdint>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/people.h"
#include "core/person.h"
#include "store/network.h"

namespace kith::cli {

// "today", "yesterday", "3 days ago", "in 5 days", "2 years ago".
std::string Ago(int64_t then, int64_t now);

void PrintBrief(std::FILE* out, const core::Brief& brief, int64_t now);
void PrintList(std::FILE* out, const std::vector<core::PersonSummary>& people, int64_t now);
void PrintSummary(std::FILE* out, const store::NetworkSummary& summary, int64_t now);
// What `kith add` / `kith meet` understood; `id` is 0 for a dry run.
void PrintPrepared(std::FILE* out, const app::PreparedPerson& person, int64_t id);

// `value` indented, one member per line; bytes that are not UTF-8 print as
// U+FFFD rather than failing.
void PrintJson(std::FILE* out, const nlohmann::json& value);

// Pads `text` with spaces to `width` terminal columns (code points).
std::string Pad(const std::string& text, size_t width);

}  // namespace kith::cli
