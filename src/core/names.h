// Comparing people's names, each already folded (util/text.h Fold): its
// words with common nicknames read as the full name, and whether two names
// could belong to one person. Pure functions, thread-safe.
//
//   NameWords("bob smith")              == {"robert", "smith"}
//   NamesAgree("ana lima", "a. lima")   == true   (an initial)
//   NamesAgree("ana", "ana bacu lima")  == true   (one within the other)
//   NamesAgree("ana lima", "ben okafor") == false
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kith::core {

// The full name a nickname is short for ("bob" -> "robert"), only the
// unambiguous ones; any other word as it is.
std::string_view CanonicalWord(std::string_view word);

// The words of a folded name, punctuation at their ends dropped ("a." ->
// "a"), nicknames read as the full name; sorted, each once.
std::vector<std::string> NameWords(std::string_view folded);

// True when every word of one is a word of the other (sorted, as NameWords).
bool OneWithinTheOther(const std::vector<std::string>& a, const std::vector<std::string>& b);

// Whether two folded names could be one person's: either is empty, or each
// word of the name with fewer words matches a different word of the other,
// the same word or its initial. Different people who share a phone (an
// office's switchboard, a family's landline) have names that do not agree.
bool NamesAgree(std::string_view a_folded, std::string_view b_folded);

}  // namespace kith::core
