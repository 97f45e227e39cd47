#include "core/opener.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/date.h"
#include "util/text.h"

namespace kith::core {
namespace {

constexpr std::string_view kBeenAWhile = "Been a while — ";
// Within this many days of the last interaction "been a while" is untrue.
constexpr int kRecentDays = 14;
// Longer fact text reads as a paragraph pasted into a question: no opener.
constexpr size_t kMaxPhraseChars = 40;
// "any news since our chat about {topic}?" only for short topics.
constexpr size_t kMaxTopicWords = 5;

// ---- Word lists ------------------------------------------------------------

// Animal words, singular or plural, so "has a dog" asks after "the dog" and
// "two cats" after "the cats". Matches capture.cc's pet words and plurals.
struct Animal {
  std::string_view word;
  bool plural;
};
constexpr Animal kAnimals[] = {
    {"dog", false},     {"dogs", true},      {"cat", false},        {"cats", true},
    {"puppy", false},   {"puppies", true},   {"kitten", false},     {"kittens", true},
    {"pet", false},     {"pets", true},      {"parrot", false},     {"parrots", true},
    {"bird", false},    {"birds", true},     {"horse", false},      {"horses", true},
    {"rabbit", false},  {"rabbits", true},   {"bunny", false},      {"bunnies", true},
    {"hamster", false}, {"hamsters", true},  {"guinea pig", false}, {"guinea pigs", true},
    {"fish", false},    {"tortoise", false}, {"tortoises", true},   {"turtle", false},
    {"turtles", true},  {"snake", false},    {"snakes", true},      {"lizard", false},
    {"lizards", true},
};

constexpr std::string_view kRelations[] = {
    "wife",      "husband", "partner", "spouse",   "son",    "sons",    "daughter",
    "daughters", "kids",    "kid",     "children", "child",  "baby",    "mother",
    "father",    "mom",     "mum",     "dad",      "sister", "sisters", "brother",
    "brothers",  "twins",   "parents", "married",  "engaged"};

// Words that are never a name, even capitalised at the start of a fact.
constexpr std::string_view kNotNames[] = {
    "a",      "an",  "the",  "and",   "or",     "with",  "has",   "have",   "had",
    "owns",   "got", "my",   "his",   "her",    "their", "our",   "your",   "i",
    "he",     "she", "they", "we",    "you",    "is",    "was",   "who",    "named",
    "called", "one", "two",  "three", "four",   "five",  "six",   "seven",  "eight",
    "nine",   "ten", "old",  "new",   "little", "big",   "young", "rescue", "to"};

// Names after these are places ("sister in Lagos"): the scan for a name stops.
constexpr std::string_view kPlaceWords[] = {"in", "at", "from", "on", "near", "of", "for", "by"};

// A phrase starting with one of these can't follow "still into" or "still
// looking for" ("still into her garden?" asks about the wrong person).
constexpr std::string_view kUnsafeLeads[] = {"my",   "his", "her", "their", "our",
                                             "your", "i",   "he",  "she",   "they",
                                             "we",   "you", "to",  "not",   "no"};
// Words that make "how's the {text} going?" read wrong ("the restoring an old car").
constexpr std::string_view kDeterminers[] = {"a",   "an",    "the", "my",  "his",
                                             "her", "their", "our", "your"};

// Goals typed as a bare verb phrase ("open a bakery") read as "still planning
// to open a bakery?"; other goals are treated as nouns ("the PhD").
constexpr std::string_view kGoalVerbs[] = {
    "run",    "open",   "start",    "learn",  "write",   "build",   "buy",      "move",   "visit",
    "finish", "launch", "get",      "become", "travel",  "climb",   "publish",  "raise",  "save",
    "find",   "make",   "read",     "lose",   "hike",    "swim",    "quit",     "retire", "sell",
    "grow",   "go",     "see",      "speak",  "cook",    "teach",   "complete", "found",  "hire",
    "join",   "walk",   "ride",     "cycle",  "sail",    "fly",     "study",    "record", "release",
    "ship",   "adopt",  "renovate", "paint",  "compete", "qualify", "pass",     "earn",   "host"};

// Summaries that name a topic: "talked about the move" -> "the move".
constexpr std::string_view kTopicLeads[] = {"talked about ", "chatted about ", "chat about ",
                                            "discussed "};

struct KindInvite {
  InteractionKind kind;
  std::string_view question;
};
constexpr KindInvite kKindInvites[] = {
    {InteractionKind::kCoffee, "up for another coffee soon?"},
    {InteractionKind::kMeal, "up for another meal soon?"},
    {InteractionKind::kCall, "up for another call soon?"},
    {InteractionKind::kVideo, "up for another video call soon?"},
};

constexpr std::string_view kGenericQuestions[] = {
    "what's the latest with you?",
    "how have you been?",
    "what have you been up to?",
    "how's everything going?",
};

// Honorifics skipped when greeting: "Dr. Ana Silva" -> "Ana".
constexpr std::string_view kHonorifics[] = {"dr",   "dr.", "mr",  "mr.",  "mrs",
                                            "mrs.", "ms",  "ms.", "prof", "prof."};

template <size_t N>
bool Contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// ---- Words of a fact -------------------------------------------------------

struct Word {
  std::string_view core;  // without surrounding punctuation, a view into the text
  std::string lower;      // ASCII lower case of core
  bool comma_after = false;
};

std::string_view StripPunctuation(std::string_view word) {
  constexpr std::string_view kLeading = "(\"'";
  constexpr std::string_view kTrailing = ")\"'.,;:!?";
  while (!word.empty() && kLeading.find(word.front()) != std::string_view::npos) {
    word.remove_prefix(1);
  }
  while (!word.empty() && kTrailing.find(word.back()) != std::string_view::npos) {
    word.remove_suffix(1);
  }
  return word;
}

std::vector<Word> SplitWords(std::string_view text) {
  std::vector<Word> words;
  for (size_t i = 0; i < text.size();) {
    size_t end = std::min(text.find(' ', i), text.size());
    std::string_view raw = text.substr(i, end - i);
    i = end + 1;
    std::string_view core = StripPunctuation(raw);
    if (core.empty()) continue;
    words.push_back({core, AsciiLower(core), raw.find(',') != std::string_view::npos});
  }
  return words;
}

std::string_view FirstWord(std::string_view text) { return text.substr(0, text.find(' ')); }

std::string LowerFirstWord(std::string_view text) { return AsciiLower(FirstWord(text)); }

bool IsAnimalWord(std::string_view lower) {
  return std::any_of(std::begin(kAnimals), std::end(kAnimals), [&](const Animal& a) {
    return a.word == lower || (a.word.starts_with(lower) && a.word[lower.size()] == ' ') ||
           (a.word.ends_with(lower) && a.word[a.word.size() - lower.size() - 1] == ' ');
  });
}

bool IsRelationWord(std::string_view lower) { return Contains(kRelations, lower); }

using KindWordTest = bool (*)(std::string_view lower);

bool StartsLikeName(std::string_view core) {
  char c = core.front();
  return (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

bool IsNameWord(const Word& w, KindWordTest is_kind_word) {
  return StartsLikeName(w.core) && !Contains(kNotNames, w.lower) &&
         !Contains(kPlaceWords, w.lower) && !is_kind_word(w.lower);
}

bool IsJoiner(const Word& w) { return w.lower == "and" || w.core == "&"; }

// ---- Names in facts ---------------------------------------------------------

// A name found in a fact; plural when names were joined ("Miso and Tofu").
struct Subject {
  std::string_view text;
  bool plural = false;
};

// Where a name starts: after "named"/"called", else the first name word
// before any place word.
std::optional<size_t> NameStart(const std::vector<Word>& words, KindWordTest is_kind_word) {
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i].lower == "named" || words[i].lower == "called") return i + 1;
  }
  for (size_t i = 0; i < words.size(); ++i) {
    if (Contains(kPlaceWords, words[i].lower)) return std::nullopt;
    if (IsNameWord(words[i], is_kind_word)) return i;
  }
  return std::nullopt;
}

Subject FindSubject(std::string_view text, KindWordTest is_kind_word) {
  std::vector<Word> words = SplitWords(text);
  std::optional<size_t> start = NameStart(words, is_kind_word);
  if (!start) return {};
  size_t last = *start;
  bool plural = false;
  for (size_t j = last + 1; j < words.size();) {
    bool joined = words[last].comma_after || IsJoiner(words[j]);
    size_t k = IsJoiner(words[j]) ? j + 1 : j;
    if (k >= words.size() || !IsNameWord(words[k], is_kind_word)) break;
    plural = plural || joined;
    last = k;
    j = k + 1;
  }
  const char* begin = words[*start].core.data();
  const char* end = words[last].core.data() + words[last].core.size();
  return {std::string_view(begin, static_cast<size_t>(end - begin)), plural};
}

std::string AskAfter(const Subject& s) {
  return fmt::format("{} {}?", s.plural ? "how are" : "how's", s.text);
}

std::optional<Animal> FindAnimal(std::string_view text) {
  std::vector<Word> words = SplitWords(text);
  for (size_t i = 0; i < words.size(); ++i) {
    std::string two = i + 1 < words.size() ? words[i].lower + " " + words[i + 1].lower : "";
    for (const Animal& a : kAnimals) {
      if (a.word == two || a.word == words[i].lower) return a;
    }
  }
  return std::nullopt;
}

// ---- Questions from facts ---------------------------------------------------

// Text that can be dropped whole into a template.
bool IsSafePhrase(std::string_view text) {
  if (text.empty() || Utf8Length(text) > kMaxPhraseChars) return false;
  if (text.find_first_of(",;:.!?()\"") != std::string_view::npos) return false;
  return !Contains(kUnsafeLeads, LowerFirstWord(text));
}

bool HasDeterminer(std::string_view text) {
  std::vector<Word> words = SplitWords(text);
  return std::any_of(words.begin(), words.end(),
                     [](const Word& w) { return Contains(kDeterminers, w.lower); });
}

// The rest of `text` after a leading phrase, in any case; nullopt without it.
std::optional<std::string_view> After(std::string_view text, std::string_view lead) {
  if (!StartsWithNoCase(text, lead) || text.size() == lead.size()) return std::nullopt;
  return text.substr(lead.size());
}

bool EndsWithIng(std::string_view word) { return word.size() > 4 && word.ends_with("ing"); }

// "sailing around the world", but not "Beijing trip": gerunds are lower case.
bool IsGerund(std::string_view word) {
  return EndsWithIng(word) && word[0] >= 'a' && word[0] <= 'z';
}

using Question = std::optional<std::string> (*)(std::string_view text);

std::optional<std::string> PetQuestion(std::string_view text) {
  Subject s = FindSubject(text, IsAnimalWord);
  if (!s.text.empty()) return AskAfter(s);
  std::optional<Animal> animal = FindAnimal(text);
  if (!animal) return std::nullopt;
  return fmt::format("{} the {}?", animal->plural ? "how are" : "how's", animal->word);
}

std::optional<std::string> FamilyQuestion(std::string_view text) {
  Subject s = FindSubject(text, IsRelationWord);
  if (!s.text.empty()) return AskAfter(s);
  return "how's the family?";
}

std::optional<std::string> PlaysQuestion(std::string_view text) {
  std::optional<std::string_view> rest = After(text, "plays ");
  if (!rest || !IsSafePhrase(*rest)) return std::nullopt;
  return fmt::format("still playing {}?", *rest);
}

std::optional<std::string> LikeQuestion(std::string_view text) {
  if (StartsWithNoCase(text, "plays ")) return PlaysQuestion(text);
  if (!IsSafePhrase(text)) return std::nullopt;
  return fmt::format("still into {}?", text);
}

std::optional<std::string> HobbyQuestion(std::string_view text) {
  if (StartsWithNoCase(text, "plays ") || !IsSafePhrase(text)) return LikeQuestion(text);
  if (LowerFirstWord(text) == "the") {
    if (!HasDeterminer(text.substr(4))) return fmt::format("how's {} going?", text);
  } else if (!HasDeterminer(text)) {
    return fmt::format("how's the {} going?", text);
  }
  return LikeQuestion(text);
}

std::optional<std::string> GoalQuestion(std::string_view text) {
  if (StartsWithNoCase(text, "to ") && text.size() > 3 && IsSafePhrase(text.substr(3))) {
    return fmt::format("still planning {}?", text);
  }
  if (!IsSafePhrase(text)) return std::nullopt;
  std::vector<Word> words = SplitWords(text);
  std::string first = LowerFirstWord(text);
  if (EndsWithIng(first) && words.size() > 1 && words[1].lower == "for") {
    return fmt::format("how's the {} going?", text);
  }
  if (Contains(kGoalVerbs, first)) return fmt::format("still planning to {}?", text);
  if (IsGerund(FirstWord(text))) return fmt::format("still thinking about {}?", text);
  if (HasDeterminer(text)) return std::nullopt;
  return fmt::format("how's the {} coming along?", text);
}

std::optional<std::string> WorkQuestion(std::string_view text) {
  for (std::string_view lead : {"working on ", "works on "}) {
    std::optional<std::string_view> rest = After(text, lead);
    if (rest && IsSafePhrase(*rest)) return fmt::format("still working on {}?", *rest);
  }
  return "how's work going?";
}

struct FactTemplate {
  FactKind kind;
  Question question;
};
constexpr FactTemplate kFactTemplates[] = {
    {FactKind::kPet, PetQuestion},     {FactKind::kFamily, FamilyQuestion},
    {FactKind::kHobby, HobbyQuestion}, {FactKind::kLike, LikeQuestion},
    {FactKind::kGoal, GoalQuestion},   {FactKind::kWork, WorkQuestion},
};

std::optional<std::string> FactQuestion(const Fact& fact) {
  std::string_view text = Trim(fact.text);
  for (const FactTemplate& t : kFactTemplates) {
    if (t.kind == fact.kind) return t.question(text);
  }
  return std::nullopt;  // kOther: free text with no safe template
}

std::optional<std::string> NeedQuestion(const NeedOffer& need) {
  std::string_view text = Trim(need.text);
  if (need.side != Side::kNeed || !need.open || !IsSafePhrase(text)) return std::nullopt;
  return fmt::format("still looking for {}?", text);
}

std::optional<std::string> TopicQuestion(std::string_view summary) {
  for (std::string_view lead : kTopicLeads) {
    std::optional<std::string_view> topic = After(Trim(summary), lead);
    if (topic && IsSafePhrase(*topic) && SplitWords(*topic).size() <= kMaxTopicWords) {
      return fmt::format("any news since our chat about {}?", *topic);
    }
  }
  return std::nullopt;
}

std::optional<std::string> LastQuestion(const Interaction& last) {
  if (auto topic = TopicQuestion(last.summary)) return topic;
  for (const KindInvite& invite : kKindInvites) {
    if (invite.kind == last.kind) return std::string(invite.question);
  }
  return std::nullopt;
}

// ---- Greeting ---------------------------------------------------------------

// The code point at text[*i], advancing *i; U+FFFD for a bad byte.
char32_t NextCodePoint(std::string_view text, size_t* i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b = byte((*i)++);
  int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
  char32_t cp = extra == 0 ? b : b & (0x3F >> extra);
  for (int k = 0; k < extra; ++k) {
    if (*i >= text.size() || (byte(*i) & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (byte((*i)++) & 0x3F);
  }
  return cp;
}

// Han, kana and Hangul: names written family name first, usually unspaced.
bool IsCjk(char32_t cp) {
  return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

bool HasCjk(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    if (IsCjk(NextCodePoint(text, &i))) return true;
  }
  return false;
}

// "Ben Okafor" -> "Ben"; "Dr. Ana Silva" -> "Ana"; "李娜" and "李 娜" -> whole.
std::string_view FirstName(std::string_view name) {
  name = Trim(name);
  if (HasCjk(name)) return name;
  std::string_view first = FirstWord(name);
  while (first.size() < name.size() && Contains(kHonorifics, AsciiLower(first))) {
    name = Trim(name.substr(first.size()));
    first = FirstWord(name);
  }
  return first;
}

std::chrono::year_month_day CivilDay(int64_t day) {
  return std::chrono::year_month_day(std::chrono::sys_days(std::chrono::days(day)));
}

bool TalkedRecently(const OpenerInput& input) {
  if (!input.last) return false;
  std::chrono::year_month_day ymd = CivilDay(input.day);
  Date today{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
             static_cast<int>(static_cast<unsigned>(ymd.day()))};
  return DaysBetween(LocalDate(input.last->at), today) < kRecentDays;
}

std::string Hey(const OpenerInput& input) {
  std::string_view first = FirstName(input.name);
  return first.empty() ? "Hey! " : fmt::format("Hey {}! ", first);
}

// Templates start with an ASCII lower-case letter, so capitalising is safe.
std::string Greet(const OpenerInput& input, std::string question) {
  if (!TalkedRecently(input)) return Hey(input) + std::string(kBeenAWhile) + question;
  question[0] = static_cast<char>(question[0] - 'a' + 'A');
  return Hey(input) + question;
}

std::optional<std::string> DateGreeting(const OpenerInput& input) {
  if (!input.upcoming || input.days_to_upcoming < 0) return std::nullopt;
  if (input.days_to_upcoming > kEarlyGreetingDays) return std::nullopt;
  std::string kind = AsciiLower(Trim(input.upcoming->kind));
  if (kind != "birthday" && kind != "anniversary") return std::nullopt;
  std::string_view early = input.days_to_upcoming == 0 ? "" : "early ";
  return fmt::format("{}Happy {}{}!", Hey(input), early, kind);
}

std::vector<std::string> Questions(const OpenerInput& input) {
  std::vector<std::string> questions;
  auto add = [&](std::optional<std::string> q) {
    if (q) questions.push_back(std::move(*q));
  };
  for (const Fact& fact : input.facts) add(FactQuestion(fact));
  for (const NeedOffer& need : input.needs_offers) add(NeedQuestion(need));
  if (input.last) add(LastQuestion(*input.last));
  for (std::string_view q : kGenericQuestions) questions.emplace_back(q);
  return questions;
}

// The rotating openers: everything but the date greeting, without duplicates.
std::vector<std::string> RotatingOpeners(const OpenerInput& input) {
  std::vector<std::string> openers;
  for (std::string& q : Questions(input)) {
    std::string opener = Greet(input, std::move(q));
    if (std::find(openers.begin(), openers.end(), opener) == openers.end()) {
      openers.push_back(std::move(opener));
    }
  }
  return openers;
}

// FNV-1a: fixed across platforms and releases, unlike std::hash.
uint32_t NameHash(std::string_view name) {
  uint32_t h = 2166136261u;
  for (char c : name) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

}  // namespace

std::vector<std::string> OpenerCandidates(const OpenerInput& input) {
  std::vector<std::string> openers = RotatingOpeners(input);
  if (auto greeting = DateGreeting(input)) openers.insert(openers.begin(), std::move(*greeting));
  return openers;
}

std::string ChooseOpener(const OpenerInput& input) {
  if (auto greeting = DateGreeting(input)) return *greeting;
  std::vector<std::string> all = RotatingOpeners(input);
  // What they care about comes first: rotate among personal openers when
  // there are two or more; with one, alternate it with a warm generic one so
  // it is never the same twice running; with none, rotate the generic ones.
  std::vector<std::string> generic;
  for (std::string_view q : kGenericQuestions) generic.push_back(Greet(input, std::string(q)));
  std::vector<std::string> openers;
  for (const auto& o : all) {
    if (std::find(generic.begin(), generic.end(), o) == generic.end()) openers.push_back(o);
  }
  if (openers.size() == 1) openers.push_back(generic.front());
  if (openers.empty()) openers = all;
  auto n = static_cast<int64_t>(openers.size());
  int64_t index = (input.day % n + NameHash(input.name) % n) % n;
  return openers[static_cast<size_t>((index + n) % n)];
}

std::string PetName(std::string_view fact_text) {
  return std::string(FindSubject(fact_text, IsAnimalWord).text);
}

}  // namespace kith::core
