#!/usr/bin/env python3
"""Writes N Apple-Contacts-shaped vCard 3.0 cards to stdout, deterministic by seed.

    bench/gen_vcards.py 100000 > /tmp/cards.vcf

Each card has a name, an organization and title, one or two emails, one or
two phones (half international +CC, half national for the default region
GB), sometimes a birthday, a note, an item1. grouped URL and categories.
"""
import random
import sys

GIVEN = ["Ana", "Ben", "Carla", "Dev", "Eli", "Fatima", "Goran", "Hana", "Ivo", "Jun",
         "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tomás",
         "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë", "Łukasz", "Søren", "Mei", "Ines"]
FAMILY = ["Lima", "Ortiz", "Mendes", "Patel", "Nowak", "Okafor", "Brandt", "Kim", "Rossi",
          "Haddad", "Silva", "Müller", "Tanaka", "Novak", "García", "Dubois", "Nguyen", "Cohen",
          "Larsen", "Khan", "Moreau", "Ivanova", "Costa", "Weber", "Sato", "Reyes", "Andersen"]
COMPANY = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Crumb & Co", "Vandelay",
           "Stark Industries", "Wayne Enterprises", "Tyrell", "Cyberdyne", "Soylent"]
TITLE = ["Engineer", "Founder", "Designer", "Partner", "Product Manager", "CTO", "Recruiter"]
DOMAIN = ["gmail.com", "example.com", "example.org", "mail.example.net", "outlook.com"]


SYLLABLES = [a + b for a in "BCDFGHKLMNPRSTVZ" for b in "aeiou"]


def card(rng, i):
    given = rng.choice(GIVEN)
    middle = SYLLABLES[i % 80] + SYLLABLES[i // 80 % 80].lower() + SYLLABLES[i // 6400 % 80].lower()
    family = rng.choice(FAMILY)
    company = rng.choice(COMPANY)
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{family};{given};{middle};;", f"FN:{given} {middle} {family}",
             f"ORG:{company};", f"TITLE:{rng.choice(TITLE)}"]
    user = f"{given.lower()}.{family.split()[0].lower()}{i}".encode("ascii", "ignore").decode()
    lines.append(f"EMAIL;type=INTERNET;type=WORK;type=pref:{user}@{rng.choice(DOMAIN)}")
    if rng.random() < 0.4:
        lines.append(f"EMAIL;type=INTERNET;type=HOME:{user}.home@gmail.com")
    if rng.random() < 0.5:
        lines.append(f"TEL;type=CELL;type=VOICE;type=pref:+1 (415) {rng.randint(200, 999)}-{i % 10000:04d}")
    else:
        lines.append(f"TEL;type=CELL;type=VOICE;type=pref:07700 9{i % 100000:05d}")
    if rng.random() < 0.3:
        lines.append(f"TEL;type=WORK;type=VOICE:+44 20 7946 {i % 10000:04d}")
    if rng.random() < 0.3:
        lines.append(f"BDAY:{rng.randint(1950, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    if rng.random() < 0.2:
        lines.append("NOTE:Met at a conference\\, talked about sourdough and climbing.")
    if rng.random() < 0.3:
        lines.append(f"item1.URL;type=pref:https://www.linkedin.com/in/{user}")
        lines.append("item1.X-ABLabel:_$!<HomePage>!$_")
    if rng.random() < 0.2:
        lines.append("CATEGORIES:friends,climbing")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    out = sys.stdout
    for i in range(n):
        out.write(card(rng, i))


if __name__ == "__main__":
    main()
