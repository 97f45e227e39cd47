#include "core/names.h"

#include <algorithm>
#include <utility>

namespace kith::core {
namespace {

// Nickname -> the name it is short for; only the unambiguous ones.
constexpr std::pair<std::string_view, std::string_view> kNicknames[] = {
    {"abby", "abigail"},    {"andy", "andrew"},     {"becky", "rebecca"},     {"ben", "benjamin"},
    {"beth", "elizabeth"},  {"bill", "william"},    {"billy", "william"},     {"bob", "robert"},
    {"bobby", "robert"},    {"charlie", "charles"}, {"chris", "christopher"}, {"chuck", "charles"},
    {"dan", "daniel"},      {"danny", "daniel"},    {"dave", "david"},        {"debbie", "deborah"},
    {"ed", "edward"},       {"eddie", "edward"},    {"greg", "gregory"},      {"jen", "jennifer"},
    {"jenny", "jennifer"},  {"jim", "james"},       {"jimmy", "james"},       {"joe", "joseph"},
    {"jon", "jonathan"},    {"kate", "katherine"},  {"katie", "katherine"},   {"liz", "elizabeth"},
    {"maggie", "margaret"}, {"matt", "matthew"},    {"meg", "margaret"},      {"mike", "michael"},
    {"nate", "nathan"},     {"nick", "nicholas"},   {"pete", "peter"},        {"rob", "robert"},
    {"sam", "samuel"},      {"steve", "steven"},    {"sue", "susan"},         {"ted", "edward"},
    {"tim", "timothy"},     {"tom", "thomas"},      {"tommy", "thomas"},      {"tony", "anthony"},
    {"vicky", "victoria"},  {"will", "william"},
};

bool IsEdgePunctuation(char c) {
  return c == '.' || c == ',' || c == '(' || c == ')' || c == '"' || c == '\'';
}

// "a" against "ana": a one-letter word is the other's initial.
bool SameOrInitial(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (a.size() == 1) return b.front() == a.front();
  if (b.size() == 1) return a.front() == b.front();
  return false;
}

// Whether each word of `fewer` can take a different word of `more`: the
// same words first, then initials.
bool EachWordMatches(const std::vector<std::string>& fewer, const std::vector<std::string>& more) {
  std::vector<bool> taken(more.size(), false), matched(fewer.size(), false);
  for (size_t i = 0; i < fewer.size(); ++i) {
    for (size_t j = 0; j < more.size() && !matched[i]; ++j) {
      if (!taken[j] && fewer[i] == more[j]) taken[j] = matched[i] = true;
    }
  }
  for (size_t i = 0; i < fewer.size(); ++i) {
    for (size_t j = 0; j < more.size() && !matched[i]; ++j) {
      if (!taken[j] && SameOrInitial(fewer[i], more[j])) taken[j] = matched[i] = true;
    }
    if (!matched[i]) return false;
  }
  return true;
}

}  // namespace

std::string_view CanonicalWord(std::string_view word) {
  for (const auto& [nick, full] : kNicknames) {
    if (word == nick) return full;
  }
  return word;
}

std::vector<std::string> NameWords(std::string_view folded) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < folded.size()) {
    size_t end = folded.find(' ', i);
    if (end == std::string_view::npos) end = folded.size();
    std::string_view word = folded.substr(i, end - i);
    while (!word.empty() && IsEdgePunctuation(word.front())) word.remove_prefix(1);
    while (!word.empty() && IsEdgePunctuation(word.back())) word.remove_suffix(1);
    if (!word.empty()) words.emplace_back(CanonicalWord(word));
    i = end + 1;
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

bool OneWithinTheOther(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::includes(a.begin(), a.end(), b.begin(), b.end()) ||
         std::includes(b.begin(), b.end(), a.begin(), a.end());
}

bool NamesAgree(std::string_view a_folded, std::string_view b_folded) {
  if (a_folded.empty() || b_folded.empty() || a_folded == b_folded) return true;
  auto a = NameWords(a_folded), b = NameWords(b_folded);
  if (a.empty() || b.empty()) return true;
  return a.size() <= b.size() ? EachWordMatches(a, b) : EachWordMatches(b, a);
}

}  // namespace kith::core
