#!/usr/bin/env bash
# The storage floor of a contact import: how long SQLite alone takes to store
# the rows a `kith import` stored, with no parsing, matching or per-row calls.
#
#   bench/import_floor.sh BUILD_DIR FILE [RUNS] [kith import options...]
#
# Each run imports FILE into an empty database with kith, then copies that
# database's rows into another empty database (the same schema, made by the
# same kith) in one sqlite3 process, shaped like kith's own import
# transaction: the search triggers and the two look-up indexes dropped,
# every table's rows inserted with INSERT ... SELECT, the indexes built
# again, every person indexed for search with kith's SQL, the triggers
# restored, one commit, on the same page cache (512 MiB). The two are timed
# alternately; medians at the end. The floor's first run also prints where
# its time goes.
#
# Example: KITH_REGION=GB bench/import_floor.sh build cards100k.vcf 5
set -euo pipefail
build=$1
file=$2
runs=${3:-5}
shift $(($# < 3 ? $# : 3))
kith=$build/kith
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fresh() { rm -f "$1" "$1-wal" "$1-shm"; "$kith" --db "$1" stats > /dev/null; }

# The copy, written once from the schema of an empty database and the
# tables an import filled.
"$kith" --db "$work/src.db" import "$file" "$@" > /dev/null
fresh "$work/dst.db"
q() { sqlite3 -batch -noheader "$@"; }
{
  echo "PRAGMA cache_size = -524288;"
  echo "ATTACH '$work/src.db' AS s;"
  echo ".timer on"
  echo "BEGIN;"
  q "$work/dst.db" "SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_schema
                    WHERE type = 'trigger' AND name LIKE '%fts%'"
  echo "DROP INDEX contact_point_by_value;"
  echo "DROP INDEX person_by_name;"
  # People first: every other row points at one.
  for table in $(q "$work/src.db" "SELECT name FROM sqlite_schema WHERE type = 'table'
                   AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'person_fts%'
                   ORDER BY name != 'tag', name != 'person', name"); do
    n=$(q "$work/src.db" "SELECT count(*) FROM \"$table\"")
    have=$(q "$work/dst.db" "SELECT count(*) FROM \"$table\"")
    if ((n > 0 && have == 0)); then echo "INSERT INTO \"$table\" SELECT * FROM s.\"$table\";"; fi
  done
  q "$work/dst.db" "SELECT sql || ';' FROM sqlite_schema
                    WHERE name IN ('contact_point_by_value', 'person_by_name')"
  # Everyone indexed for search with kith's own SQL: its insert trigger's
  # statement, for every person rather than NEW.id.
  q "$work/dst.db" "SELECT sql FROM sqlite_schema WHERE name = 'person_fts_insert'" |
    sed -n '/INSERT INTO person_fts/,$p' | sed 's/ WHERE p\.id = NEW\.id; END$/;/'
  q "$work/dst.db" "SELECT sql || ';' FROM sqlite_schema
                    WHERE type = 'trigger' AND name LIKE '%fts%'"
  echo "COMMIT;"
} > "$work/copy.sql"
# The schema's own pragmas, as kith sets them on every connection.
copy=(sqlite3 -cmd "PRAGMA journal_mode = WAL" -cmd "PRAGMA synchronous = NORMAL"
  -cmd "PRAGMA foreign_keys = ON" -cmd "PRAGMA temp_store = MEMORY" "$work/dst.db")

seconds() { /usr/bin/time -f "%e" "$@" 2>&1 > /dev/null | tail -1; }
declare -a kith_times floor_times
for ((i = 1; i <= runs; ++i)); do
  fresh "$work/run.db"
  kith_times+=("$(seconds "$kith" --db "$work/run.db" import "$file" "$@")")
  fresh "$work/dst.db"
  if ((i == 1)); then
    echo "== where the floor's time goes (seconds; statements in copy order)"
    "${copy[@]}" < "$work/copy.sql" | awk '/^Run Time/ && $4 > 0.01 {printf "%s ", $4}'
    echo
    fresh "$work/dst.db"
  fi
  floor_times+=("$(seconds "${copy[@]}" < "$work/copy.sql")")
  echo "run $i: kith import ${kith_times[-1]} s, SQLite floor ${floor_times[-1]} s"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
k=$(median "${kith_times[@]}")
f=$(median "${floor_times[@]}")
echo "medians over $runs runs: kith import $k s, SQLite floor $f s, ratio $(awk -v k="$k" -v f="$f" 'BEGIN {printf "%.2f", k / f}')"
rows=$(q "$work/src.db" "SELECT (SELECT count(*) FROM person) || ' people, ' ||
                         (SELECT count(*) FROM contact_point) || ' contact points'")
echo "rows: $rows"
