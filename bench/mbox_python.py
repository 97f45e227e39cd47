#!/usr/bin/env python3
"""The baseline for bench/mbox_bench.cc: Python's standard library reading the
same headers from the same mbox file.

    python3 bench/mbox_python.py /tmp/mail.mbox [--headers-only]

Reads From, To, Cc, Date, Message-ID, In-Reply-To, List-Id and Precedence of
every message with mailbox.mbox, parses the addresses with
email.utils.getaddresses, decodes RFC 2047 names with email.header and the
date with email.utils.parsedate_to_datetime, and prints messages/s.

By default each message is parsed the way mailbox.mbox does it (the whole
message, bodies and MIME parts included). With --headers-only, a factory
parses only the header block (email.parser.BytesHeaderParser), the fastest
the standard library can go.
"""
import email.header
import email.parser
import email.policy
import email.utils
import mailbox
import sys
import time


def decode_name(name):
    if "=?" not in name:
        return name
    try:
        return str(email.header.make_header(email.header.decode_header(name)))
    except (UnicodeDecodeError, LookupError, email.errors.HeaderParseError):
        return name


def read(msg):
    pairs = email.utils.getaddresses([str(v) for v in msg.get_all("To", []) + msg.get_all("Cc", [])])
    sender = email.utils.getaddresses([str(msg.get("From", ""))])
    people = [(decode_name(n), a) for n, a in sender + pairs]
    date = None
    if msg.get("Date"):
        try:
            date = email.utils.parsedate_to_datetime(str(msg["Date"])).timestamp()
        except (TypeError, ValueError, IndexError):
            pass
    bulk = msg.get("List-Id") is not None or str(msg.get("Precedence", "")).strip().lower() in (
        "bulk", "list", "junk")
    return people, date, msg.get("Message-ID"), msg.get("In-Reply-To"), bulk


def main():
    path = sys.argv[1]
    headers_only = "--headers-only" in sys.argv[2:]
    factory = None
    if headers_only:
        parser = email.parser.BytesHeaderParser(policy=email.policy.compat32)
        factory = lambda f: mailbox.mboxMessage(parser.parse(f))  # noqa: E731
    start = time.perf_counter()
    messages = bulk = addresses = 0
    for msg in mailbox.mbox(path, factory=factory, create=False):
        people, _, _, _, is_bulk = read(msg)
        messages += 1
        bulk += is_bulk
        addresses += len(people)
    seconds = time.perf_counter() - start
    cpu = time.process_time()
    print(f"{messages} messages ({bulk} bulk, {addresses} addresses)")
    print(f"{seconds:.3f} s: {messages / seconds:.0f} messages/s; "
          f"{cpu:.3f} s of CPU: {messages / cpu:.0f} messages/s")


if __name__ == "__main__":
    main()
