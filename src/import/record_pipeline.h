// Contact files into people on two threads. A file's records are parsed and
// prepared (PeopleMerger::Prepare: phone numbers, emails, name folding) on a
// second thread while the calling thread matches and writes them, in file
// order, in its transaction. Preparing is about a third of a vCard import's
// work; the database's part stays on the one thread that may write.
//
//   Status s = ApplyRecords(merger, report, [&](const RecordSink& emit) {
//     return ParseVcards(text, source, [&](Vcard&& card) { return emit(ToRecord(card)); });
//   });
//
// The first error in file order is returned: a parse error after the records
// before it are applied, or the first record that failed to apply (the
// parser is then stopped). Memory stays bounded: the parser waits when a few
// batches are ready and not yet applied.
#pragma once

#include <functional>

#include "import/people_merger.h"
#include "import/person_record.h"

namespace kith::import {

// Hands a record over; an error stops the parser.
using RecordSink = std::function<Status(PersonRecord&&)>;
// Parses a file, calling the sink with each record in order.
using RecordSource = std::function<Status(const RecordSink&)>;

Status ApplyRecords(PeopleMerger& merger, ImportReport& report, const RecordSource& source);

}  // namespace kith::import
