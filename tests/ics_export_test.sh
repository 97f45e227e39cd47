#!/usr/bin/env bash
# End to end: kith export --format ics parses cleanly in Debian's
# python3-icalendar, with yearly dates, Feb 29, reminders and hostile text.
set -euo pipefail
kith=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export KITH_DB=$dir/kith.db KITH_NOW=2026-11-22T12:00:00Z TZ=UTC HOME=$dir XDG_CONFIG_HOME=$dir
"$kith" add "Ben Okafor" >/dev/null
"$kith" add 'Zoë "<img src=x onerror=alert(1)>"; ‏RTL, test\' >/dev/null
"$kith" date ben birthday 1990-04-12 >/dev/null
"$kith" date zoe anniversary --02-29 >/dev/null
"$kith" log ben coffee --date 2026-08-01 >/dev/null
"$kith" circle ben close >/dev/null
"$kith" export --format ics -o "$dir/kith.ics" 2>/dev/null
/usr/bin/python3 - "$dir/kith.ics" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = {str(e['UID']): e for e in cal.walk('VEVENT')}
def check(cond, what):
    if not cond:
        print('FAILED:', what, file=sys.stderr)
        sys.exit(1)
check(set(events) == {'date-1@kith', 'date-2@kith', 'reconnect-1-2026-11-22@kith'}, f'uids {sorted(events)}')
b = events['date-1@kith']
check(str(b['SUMMARY']) == "Ben Okafor's birthday", 'birthday summary')
check(str(b['DTSTART'].dt) == '1990-04-12', 'birthday start')
check(b['RRULE']['FREQ'] == ['YEARLY'], 'birthday recurs yearly')
a = events['date-2@kith']
check(str(a['SUMMARY']) == 'Zoë "<img src=x onerror=alert(1)>"; \u200fRTL, test\\: anniversary', 'hostile summary round-trips: ' + str(a['SUMMARY']))
check(a['RRULE']['BYMONTHDAY'] == [-1], 'Feb 29 falls on the last day of February')
r = events['reconnect-1-2026-11-22@kith']
check(str(r['SUMMARY']) == 'Reconnect with Ben Okafor', 'reminder summary')
check('overdue' in str(r['DESCRIPTION']), 'reminder says why')
print('ics export: 3 events parsed by python3-icalendar')
PY
