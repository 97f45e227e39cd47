// The SQL text of each schema migration (see migrations.cc for the order and
// docs/schema.md for the meaning). Internal to store/.
#pragma once

#include <string>
#include <vector>

namespace kith::store::detail {

extern const char* const kSchemaV1;
extern const char* const kSearchIndexV2;
extern const char* const kKeepInTouchV3;

// Triggers that keep person_fts in step with every table it indexes, inside
// the writing transaction.
std::vector<std::string> SearchIndexTriggersV2();

// Fills person_fts for every person (the index is empty before).
std::string SearchIndexBackfillV2();

// The statements that rebuild the search row of the person whose id is the
// SQL expression `id_expr`.
std::string ReindexPersonSql(const std::string& id_expr);

}  // namespace kith::store::detail
