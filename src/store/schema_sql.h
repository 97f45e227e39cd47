// The SQL text of each schema migration (see migrations.cc for the order and
// docs/schema.md for the meaning). Internal to store/.
#pragma once

#include <string>
#include <vector>

namespace kith::store::detail {

extern const char* const kSchemaV1;
extern const char* const kSearchIndexTable;
extern const char* const kKeepInTouchV3;
// Version 5: merge_log, what `kith unmerge` needs to undo a merge.
extern const char* const kMergeLogV5;
// Version 6: interaction_participant carries kind and direction.
extern const char* const kParticipantTouchesV6;

// Version 2: the person_fts table, the triggers that keep it in step with
// every table it indexes (inside the writing transaction), and its rows.
std::vector<std::string> SearchIndexV2();

// Version 4: the same triggers and rows with texts joined by " · ".
std::vector<std::string> SearchSeparatorsV4();

// The current search triggers, dropped and created again (DeferredSearchIndex),
// and the SQL that indexes again the people whose ids `id_query` selects.
std::vector<std::string> DropSearchTriggers();
std::vector<std::string> CurrentSearchTriggers();
std::string ReindexPeopleSql(const std::string& id_query);

// Empties person_fts and indexes every person again, as the latest version
// does; for a restore, which cannot rely on its rows arriving in trigger order.
std::vector<std::string> SearchIndexRebuild();

}  // namespace kith::store::detail
