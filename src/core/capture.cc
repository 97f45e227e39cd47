#include "core/capture.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/text.h"

namespace kith::core {
namespace {

constexpr size_t kMaxQuotedBytes = 60;  // of a clause quoted in an error
constexpr int kMinPhoneDigits = 7;
constexpr int kMaxPhoneDigits = 15;  // the E.164 limit

// ---- Characters and words ------------------------------------------------

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsNonAscii(char c) { return static_cast<unsigned char>(c) >= 0x80; }
// What words are made of. Any byte of a non-ASCII character counts, so
// "Zoë" and "李娜" are words; the line was checked to be UTF-8 already.
bool IsWordChar(char c) { return IsAsciiLetter(c) || IsDigit(c) || IsNonAscii(c); }

std::vector<std::string_view> SplitWords(std::string_view text) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && !IsSpace(text[i])) ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

void AppendWord(std::string* text, std::string_view word) {
  if (!text->empty()) text->push_back(' ');
  text->append(word);
}

std::string_view StripBack(std::string_view text, std::string_view chars) {
  while (!text.empty() && chars.find(text.back()) != std::string_view::npos) text.remove_suffix(1);
  return text;
}

// Wrapping punctuation typed around an address: "(ben@acme.example)," -> "ben@acme.example".
std::string_view StripPunctuation(std::string_view word) {
  while (!word.empty() && std::string_view("(<[\"'").find(word.front()) != std::string_view::npos) {
    word.remove_prefix(1);
  }
  return StripBack(word, ")>]\"'.,:!?");
}

// `shape` spells digits as '9': MatchesShape("1990-02-30", "9999-99-99").
bool MatchesShape(std::string_view word, std::string_view shape) {
  if (word.size() != shape.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (shape[i] == '9' ? !IsDigit(word[i]) : word[i] != shape[i]) return false;
  }
  return true;
}

// Shaped like a date, valid or not: an impossible one is an error, not a phone number.
bool IsDateShaped(std::string_view word) {
  return MatchesShape(word, "9999-99-99") || MatchesShape(word, "--99-99");
}

// "2019-2023": years, not a phone number.
bool IsYearRange(std::string_view word) {
  auto century = [](std::string_view y) { return y.starts_with("19") || y.starts_with("20"); };
  return MatchesShape(word, "9999-9999") && century(word) && century(word.substr(5));
}

bool EqualsNoCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && StartsWithNoCase(a, b);
}

// Splits at the first whole word `word` (any case): "Acme as CTO" -> {"Acme", "CTO"}.
// Both sides must be non-empty; otherwise returns {text, ""}.
std::pair<std::string_view, std::string_view> SplitAtWord(std::string_view text,
                                                          std::string_view word) {
  std::string lower = AsciiLower(text);  // same byte offsets as `text`
  std::string needle = fmt::format(" {} ", word);
  size_t pos = lower.find(needle);
  if (pos == std::string::npos || pos + needle.size() >= text.size()) return {text, {}};
  return {Trim(text.substr(0, pos)), Trim(text.substr(pos + needle.size()))};
}

void AddUnique(std::vector<std::string>* list, std::string_view value) {
  for (const std::string& s : *list) {
    if (EqualsNoCase(s, value)) return;
  }
  list->emplace_back(value);
}

// ---- Contact points and #tags, recognised in any clause --------------------

bool IsUrl(std::string_view w) {
  for (std::string_view scheme : {"http://", "https://", "www."}) {
    if (StartsWithNoCase(w, scheme) && w.size() > scheme.size()) return true;
  }
  return false;
}

// "acme.example", "bücher.de": two or more labels, the last at least two letters.
bool IsDomain(std::string_view domain) {
  size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || domain.size() - dot - 1 < 2) return false;
  for (char c : domain.substr(dot + 1)) {
    if (!IsAsciiLetter(c) && !IsNonAscii(c)) return false;
  }
  char previous = '.';
  for (char c : domain) {
    if (c == '.' && previous == '.') return false;
    if (c != '.' && c != '-' && !IsWordChar(c)) return false;
    previous = c;
  }
  return true;
}

bool IsEmail(std::string_view w) {
  size_t at = w.find('@');
  if (at == std::string_view::npos || at == 0 || w.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  return IsDomain(w.substr(at + 1));
}

// "#climate," -> "climate"; "" when the word is not a tag ("#", "#1", "#a/b").
std::string_view HashtagBody(std::string_view w) {
  if (w.size() < 2 || w[0] != '#') return {};
  std::string_view body = StripBack(w.substr(1), ".,:!?)");
  bool has_non_digit = false;
  for (char c : body) {
    if (!IsWordChar(c) && c != '-' && c != '_') return {};
    has_non_digit = has_non_digit || !IsDigit(c);
  }
  return has_non_digit ? body : std::string_view();
}

// A word that can be part of a phone number: digits, with - . ( ) between
// them and '+' before the first. Dates and year ranges are not.
bool IsPhoneWord(std::string_view w, bool first) {
  if (IsDateShaped(w) || IsYearRange(w)) return false;
  if (first && !w.empty() && w[0] == '+') w.remove_prefix(1);
  bool has_digit = false;
  for (char c : w) {
    if (!IsDigit(c) && c != '-' && c != '.' && c != '(' && c != ')') return false;
    has_digit = has_digit || IsDigit(c);
  }
  return has_digit;
}

int CountDigits(std::string_view text) {
  int n = 0;
  for (char c : text) n += IsDigit(c) ? 1 : 0;
  return n;
}

// The words [begin, end) as a phone number, without punctuation around it.
std::string PhoneText(const std::vector<std::string_view>& words, size_t begin, size_t end) {
  std::string text;
  for (size_t i = begin; i < end; ++i) AppendWord(&text, words[i]);
  while (!IsDigit(text.back())) text.pop_back();  // a phone word holds a digit
  size_t first = text.find_first_of("+(0123456789");
  return text.substr(first);
}

// Phone numbers span words ("+1 555 010 9999"): the longest run of phone
// words with at most 15 digits, kept when it has at least 7. Returns the index
// after the number, or `begin` when there is none.
size_t TakePhone(const std::vector<std::string_view>& words, size_t begin, Capture* out) {
  size_t end = begin;
  int digits = 0;
  while (end < words.size()) {
    std::string_view w = StripBack(words[end], ".,:!?");
    if (!IsPhoneWord(w, end == begin) || digits + CountDigits(w) > kMaxPhoneDigits) break;
    digits += CountDigits(w);
    ++end;
    if (w.size() != words[end - 1].size()) break;  // "555 0199," ends at the comma
  }
  if (digits < kMinPhoneDigits) return begin;
  AddUnique(&out->phones, PhoneText(words, begin, end));
  return end;
}

// Records the contact point or #tag starting at words[i] and returns the index
// after it; returns `i` when there is none.
size_t TakeContact(const std::vector<std::string_view>& words, size_t i, Capture* out) {
  std::string_view w = StripPunctuation(words[i]);
  std::vector<std::string>* list = IsUrl(w) ? &out->urls : IsEmail(w) ? &out->emails : nullptr;
  if (list != nullptr) {
    AddUnique(list, w);
    return i + 1;
  }
  if (std::string_view tag = HashtagBody(words[i]); !tag.empty()) {
    AddUnique(&out->tags, tag);
    return i + 1;
  }
  return TakePhone(words, i, out);
}

// The clause with its contact points and #tags moved into `out`, words
// separated by single spaces.
std::string TakeContacts(std::string_view clause, Capture* out) {
  std::vector<std::string_view> words = SplitWords(clause);
  std::string rest;
  for (size_t i = 0; i < words.size();) {
    size_t next = TakeContact(words, i, out);
    if (next == i) AppendWord(&rest, words[next++]);
    i = next;
  }
  return rest;
}

// ---- Clauses ---------------------------------------------------------------

struct Clause {
  int number = 0;             // 1-based position in the line, counting empty clauses
  std::string_view typed;     // trimmed, as typed: quoted in errors
  std::string_view text;      // without contact points and #tags
  std::string_view arg = {};  // `text` after its leading words
};

// "clause 3 'birthday 1990-02-30'", cut short (on a character boundary) when long.
std::string Label(const Clause& c) {
  if (c.typed.empty()) return fmt::format("clause {}", c.number);
  if (c.typed.size() <= kMaxQuotedBytes) return fmt::format("clause {} '{}'", c.number, c.typed);
  size_t cut = kMaxQuotedBytes - 3;
  while (cut > 0 && (static_cast<unsigned char>(c.typed[cut]) & 0xC0) == 0x80) --cut;
  return fmt::format("clause {} '{}...'", c.number, c.typed.substr(0, cut));
}

Status AddNote(const Clause& c, Capture* out) {
  out->notes.emplace_back(c.text);
  return Status::Ok();
}

// Fills a one-value field. A clause that would replace a different value is
// kept as a note instead, so nothing typed is lost.
void SetOnce(std::string Capture::*field, std::string_view value, const Clause& c, Capture* out) {
  std::string& current = out->*field;
  if (current.empty()) {
    current = value;
  } else if (!EqualsNoCase(current, value)) {
    AddUnique(&out->notes, c.text);
  }
}

template <std::string Capture::*kField>
Status Set(const Clause& c, Capture* out) {
  SetOnce(kField, c.arg, c, out);
  return Status::Ok();
}

template <std::vector<std::string> Capture::*kList>
Status Add(const Clause& c, Capture* out) {
  (out->*kList).emplace_back(c.arg);
  return Status::Ok();
}

// "likes trail running" -> like "trail running": the leading word only names the kind.
template <FactKind kKind>
Status AddFact(const Clause& c, Capture* out) {
  out->facts.push_back({kKind, std::string(c.arg)});
  return Status::Ok();
}

// "dog Biscuit" -> pet "dog Biscuit": the leading word is part of the fact.
template <FactKind kKind>
Status AddWholeFact(const Clause& c, Capture* out) {
  out->facts.push_back({kKind, std::string(c.text)});
  return Status::Ok();
}

Result<Date> ParseMetDate(std::string_view word) {
  Result<Date> date = ParseDate(word);
  if (date && date->year == 0) {
    return Status::Invalid(fmt::format("the date you met needs a year: '{}'", word));
  }
  return date;
}

struct Meeting {
  std::string place, via;
  std::optional<Date> on;
};

// "Venture Cafe via Ana Silva on 2026-11-20": "via" and "through" start the
// introducer; "on" starts the date only when a date follows ("on Main St" is
// part of the place).
Result<Meeting> SplitMeeting(std::string_view arg) {
  Meeting m;
  std::string* target = &m.place;
  std::vector<std::string_view> words = SplitWords(arg);
  for (size_t i = 0; i < words.size(); ++i) {
    bool date_follows =
        EqualsNoCase(words[i], "on") && i + 1 < words.size() && IsDateShaped(words[i + 1]);
    if (date_follows) ++i;
    if (date_follows || (i == 0 && IsDateShaped(words[0]))) {
      Result<Date> date = ParseMetDate(words[i]);
      if (!date) return date.status();
      m.on = *date;
    } else if (target == &m.place &&
               (EqualsNoCase(words[i], "via") || EqualsNoCase(words[i], "through"))) {
      target = &m.via;
    } else {
      AppendWord(target, words[i]);
    }
  }
  return m;
}

Status ApplyMet(const Clause& c, Capture* out) {
  Result<Meeting> m = SplitMeeting(c.arg);
  if (!m) return m.status();
  if (m->place.empty() && m->via.empty() && !m->on) return AddNote(c, out);
  if (!m->place.empty()) SetOnce(&Capture::met_at, m->place, c, out);
  if (!m->via.empty()) SetOnce(&Capture::met_via, m->via, c, out);
  if (m->on && out->met_on && *out->met_on != *m->on) AddUnique(&out->notes, c.text);
  if (m->on && !out->met_on) out->met_on = m->on;
  return Status::Ok();
}

// "a designer" -> "designer".
std::string_view StripArticle(std::string_view title) {
  for (std::string_view article : {"a ", "an "}) {
    if (StartsWithNoCase(title, article)) return Trim(title.substr(article.size()));
  }
  return title;
}

void SetJob(std::string_view title, std::string_view company, const Clause& c, Capture* out) {
  title = StripArticle(title);
  if (!title.empty()) SetOnce(&Capture::title, title, c, out);
  if (!company.empty()) SetOnce(&Capture::company, company, c, out);
}

// "works at Acme as CTO", "works for Acme".
Status ApplyWorksAt(const Clause& c, Capture* out) {
  auto [company, title] = SplitAtWord(c.arg, "as");
  SetJob(title, company, c, out);
  return Status::Ok();
}

// "works as CTO at Acme", "works as CTO for Acme", "works as a designer".
Status ApplyWorksAs(const Clause& c, Capture* out) {
  auto job = SplitAtWord(c.arg, "at");
  if (job.second.empty()) job = SplitAtWord(c.arg, "for");
  SetJob(job.first, job.second, c, out);
  return Status::Ok();
}

// "is CTO at Acme". Without "at" ("is vegetarian") the clause is a note.
Status ApplyIs(const Clause& c, Capture* out) {
  auto [title, company] = SplitAtWord(c.arg, "at");
  if (company.empty()) return AddNote(c, out);
  SetJob(title, company, c, out);
  return Status::Ok();
}

// "partner at Sequoia" is a job; "partner Sam" is family.
Status ApplyPartner(const Clause& c, Capture* out) {
  auto [before, company] = SplitAtWord(c.text, "at");
  if (company.empty() || before.find(' ') != std::string_view::npos) {
    return AddWholeFact<FactKind::kFamily>(c, out);
  }
  SetJob(before, company, c, out);
  return Status::Ok();
}

// "tags investor, climate tech" (the '#' is optional here).
Status AddTags(const Clause& c, Capture* out) {
  for (const std::string& piece : SplitTrimmed(c.arg, ',')) {
    size_t start = piece.find_first_not_of('#');
    if (start != std::string::npos) AddUnique(&out->tags, Trim(piece.substr(start)));
  }
  return Status::Ok();
}

// A clause that starts with a digit is meant as a date and must be one;
// "born in Lagos" is a note.
Status AddDate(std::string_view kind, const Clause& c, Capture* out) {
  if (!IsDigit(c.arg[0]) && !c.arg.starts_with("--")) return AddNote(c, out);
  Result<Date> date = ParseDate(c.arg);
  if (!date) return date.status();
  out->dates.push_back({std::string(kind), *date});
  return Status::Ok();
}

Status AddBirthday(const Clause& c, Capture* out) { return AddDate("birthday", c, out); }
Status AddAnniversary(const Clause& c, Capture* out) { return AddDate("anniversary", c, out); }

// ---- The clause table ------------------------------------------------------

using Apply = Status (*)(const Clause& clause, Capture* out);
enum class Arg { kRequired, kOptional };  // kRequired: "likes" alone is a note

struct Rule {
  std::string_view leads;  // lower-case leading words; alternatives separated by '|'
  Apply apply;
  Arg arg = Arg::kRequired;
};

// The longest matching lead wins, so "met at" beats "met" and "wants to" beats
// "wants" whatever the order here.
constexpr Rule kRules[] = {
    {"met|met at", ApplyMet},
    {"via|through|introduced by", Set<&Capture::met_via>},
    {"works at|works for", ApplyWorksAt},
    {"works as", ApplyWorksAs},
    {"is", ApplyIs},
    {"title|role", Set<&Capture::title>},
    {"company|employer", Set<&Capture::company>},
    {"lives in|based in|from|location", Set<&Capture::location>},
    {"dog|dogs|cat|cats|puppy|kitten|pet|pets|parrot|bird|horse|rabbit|bunny|hamster|"
     "guinea pig|fish|tortoise|turtle|snake|lizard",
     AddWholeFact<FactKind::kPet>, Arg::kOptional},
    {"wife|husband|spouse|son|daughter|kids|kid|children|child|baby|mother|father|mom|"
     "mum|dad|sister|brother|twins|married|engaged",
     AddWholeFact<FactKind::kFamily>, Arg::kOptional},
    {"partner", ApplyPartner, Arg::kOptional},
    {"likes|loves|enjoys|into|fan of", AddFact<FactKind::kLike>},
    {"hobby|hobbies", AddFact<FactKind::kHobby>},
    {"plays", AddWholeFact<FactKind::kHobby>},
    {"goal|wants to|dreams of", AddFact<FactKind::kGoal>},
    {"training for", AddWholeFact<FactKind::kGoal>},
    {"work", AddFact<FactKind::kWork>},
    {"working on|works on", AddWholeFact<FactKind::kWork>},
    {"needs|need|looking for|wants", Add<&Capture::needs>},
    {"offers|offer|can help with|can help", Add<&Capture::offers>},
    {"tag|tags", AddTags, Arg::kOptional},
    {"birthday|born", AddBirthday},
    {"anniversary", AddAnniversary},
    {"note", Add<&Capture::notes>},
};

// `lead` as whole words at the start of `text`: followed by the end, a space, ':' or ','.
bool LeadMatches(std::string_view text, std::string_view lead) {
  if (!StartsWithNoCase(text, lead)) return false;
  return text.size() == lead.size() ||
         std::string_view(" :,").find(text[lead.size()]) != std::string_view::npos;
}

struct Match {
  const Rule* rule = nullptr;
  std::string_view lead;
};

Match FindRule(std::string_view text) {
  Match best;
  for (const Rule& rule : kRules) {
    for (std::string_view leads = rule.leads; !leads.empty();) {
      std::string_view lead = leads.substr(0, leads.find('|'));
      leads.remove_prefix(std::min(leads.size(), lead.size() + 1));
      if (lead.size() > best.lead.size() && LeadMatches(text, lead)) best = {&rule, lead};
    }
  }
  return best;
}

// "work: a climate fintech" -> "a climate fintech".
std::string_view ArgAfter(std::string_view text, std::string_view lead) {
  std::string_view arg = Trim(text.substr(lead.size()));
  if (!arg.empty() && (arg[0] == ':' || arg[0] == ',')) arg = Trim(arg.substr(1));
  return arg;
}

Status Interpret(Clause c, Capture* out) {
  if (c.text.empty()) return Status::Ok();  // only contact points or #tags
  Match match = FindRule(c.text);
  if (match.rule == nullptr) return AddNote(c, out);
  c.arg = ArgAfter(c.text, match.lead);
  if (c.arg.empty() && match.rule->arg == Arg::kRequired) return AddNote(c, out);
  Status status = match.rule->apply(c, out);
  return status.ok() ? status : status.Prefixed(Label(c));
}

// A name has a letter (any non-ASCII character counts) and does not read like
// a later clause: "met at Venture Cafe" means the name was forgotten.
bool IsName(std::string_view text) {
  bool has_letter = false;
  for (char c : text) has_letter = has_letter || IsAsciiLetter(c) || IsNonAscii(c);
  Match match = FindRule(text);
  bool reads_like_clause = match.rule != nullptr && match.lead.find(' ') != std::string::npos;
  return has_letter && !reads_like_clause;
}

Status TakeName(const Clause& c, Capture* out) {
  if (!IsName(c.text)) {
    return Status::Invalid(Label(c) + ": the first clause must be the person's name");
  }
  out->name = c.text;
  return Status::Ok();
}

Status CheckLine(std::string_view line) {
  if (line.size() > kMaxCaptureBytes) {
    return Status::Invalid(
        fmt::format("the line is {} bytes long; the most is {}", line.size(), kMaxCaptureBytes));
  }
  if (!IsValidUtf8(line)) return Status::Invalid("the line is not valid UTF-8");
  if (Trim(line).empty()) return Status::Invalid("the line is empty: start with the person's name");
  return Status::Ok();
}

}  // namespace

Result<Capture> ParseCapture(std::string_view line) {
  KITH_RETURN_IF_ERROR(CheckLine(line));
  Capture capture;
  int number = 0;
  for (std::string_view rest = line; !rest.empty();) {  // CheckLine: not blank
    size_t semicolon = rest.find(';');
    std::string_view typed = Trim(rest.substr(0, semicolon));
    rest = semicolon == std::string_view::npos ? std::string_view() : rest.substr(semicolon + 1);
    std::string text = TakeContacts(typed, &capture);
    Clause clause{++number, typed, text};
    KITH_RETURN_IF_ERROR(number == 1 ? TakeName(clause, &capture) : Interpret(clause, &capture));
  }
  return capture;
}

}  // namespace kith::core
