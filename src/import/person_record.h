// A person as an imported file describes them, before kith decides who they
// are: the common shape every contact format (vCard, CSV, ...) is turned into.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/kinds.h"
#include "util/date.h"

namespace kith::import {

struct RecordContact {
  core::ContactKind kind = core::ContactKind::kEmail;
  std::string value;  // as written in the file
  std::string label;  // "work", "mobile", ...
};

struct PersonRecord {
  std::string place;  // "contacts.vcf:12", for messages
  std::string name;
  std::string company;
  std::string title;
  std::string note;
  std::vector<RecordContact> contacts;
  std::vector<std::pair<std::string, Date>> dates;  // ("birthday", 1990-04-12)
  std::vector<std::string> tags;
  // Whether the same name alone (when either side has no company) makes a
  // match. Mail turns it off for people kith has an email for: two
  // correspondents who share a name but not an address are more likely two
  // people (`kith dupes` shows the pair); someone known only by name and
  // phone still matches.
  bool name_alone_matches = true;
};

}  // namespace kith::import
