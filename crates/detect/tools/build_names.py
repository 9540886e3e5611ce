#!/usr/bin/env python3
"""Builds the person-name gazetteers in ../data/ from PyPI `names-dataset` 3.3.1 (Apache-2.0).

Usage: pip install names-dataset==3.3.1 && python3 tools/build_names.py

Keeps names ranked in Sweden, plus the top-ranked names of the countries with large groups
in Sweden (Finland, Syria, Iraq, Iran, Somalia, Afghanistan, Poland, Turkey, Bosnia, Eritrea,
…). Output: one name a line, sorted, UTF-8, in `first_names.txt` and `last_names.txt`.
Only names written with letters (and one inner hyphen or apostrophe), 2–20 chars.
Also `first_name_gender.txt`: the kept first names the data gives one sex (see
`write_gender`).
"""
import gzip, os, pickle, re, sys
import names_dataset

SRC = os.path.join(os.path.dirname(names_dataset.__file__), "v3")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")

# country -> how many of its top-ranked names to keep
TOP = {
    "SE": 10**9,  # every name ranked in Sweden
    "FI": 1500, "NO": 800, "DK": 800, "SY": 1200, "IQ": 1200, "IR": 1000, "SO": 800,
    "AF": 800, "PL": 1200, "TR": 1000, "BA": 600, "ER": 400, "ET": 400, "HR": 500,
    "RS": 600, "DE": 600, "GB": 500, "LB": 400, "PS": 400, "TH": 300, "CL": 300,
    "EG": 300, "MA": 300, "DZ": 300, "TN": 300, "LT": 300, "LV": 300, "EE": 300,
    "RU": 500, "UA": 500, "RO": 400, "HU": 400, "IN": 400, "PK": 400, "CN": 300,
    "VN": 300, "PH": 300, "MK": 300, "AL": 300, "JO": 300, "GR": 300, "IT": 400,
    "ES": 300, "FR": 300, "US": 400, "NL": 300,
}
# names of the diaspora in Sweden that the countries above rank low or not at all (Eritrean
# and Ethiopian names are ranked in Sudan and Switzerland; South Asian and West African
# names in their own countries; Melvin and Milo, common in Sweden, in the Netherlands)
TOP.update({
    "ER": 2000, "ET": 2000, "SD": 1500, "SO": 2000, "AF": 1500, "SY": 2000, "IQ": 2000,
    "PK": 1500, "IN": 800, "BD": 500, "GH": 300, "NG": 300, "NL": 1500, "GB": 1500,
    "US": 1000,
})
# the same diaspora ranked by other countries with large groups of it (2026-12-03): Bosnian
# names in Austria and Switzerland, Somali in Djibouti and the Gulf states, Eritrean in
# Lebanon and Switzerland ("Amra", "Adin", "Fatuma", "Sahra")
TOP.update({
    "AT": 1200, "CH": 1600, "DJ": 1000, "KW": 800, "SA": 800, "AE": 800, "OM": 900,
    "LB": 2300, "DE": 1300, "TR": 1400,
})
# first names only: Swedish names the data ranks only in the other Nordic countries, and
# Latin American names common in Sweden (2026-12-07: "Agda" is ranked in Finland at 3,787,
# "Dante" in Chile at 462; the data ranks only ~5,700 first names in Sweden). (Not surnames:
# deeper surname ranks hold first names, "Mikael", which a lone name then reads as neither.)
TOP_FIRST = dict(TOP, NO=3000, DK=3000, FI=4000, CL=600)
# children's names: the data holds adults' names, so names popular among children born in
# Sweden since about 2010 may be ranked only elsewhere (2026-12-08: "Wilmer" in the United
# States at 1,023, "Elvin" in Azerbaijan at 2; "Nova", ranked in the Netherlands at 1,741,
# stays out: that deep, the Dutch ranks hold words such as "Door" and "Har")
TOP_FIRST.update(US=1100, AZ=100)
# a first name's sex is written out when the data is at least this sure of it
GENDER_SURE = 0.9
OK = re.compile(r"^[^\W\d_]+(?:[-'][^\W\d_]+)?$")


def keep(table, top):
    out = set()
    for name, info in table.items():
        rank = info.get("rank") or {}
        if not OK.match(name) or not (2 <= len(name) <= 20):
            continue
        if not name[0].isupper() or name[1:].lower() != name[1:]:
            if not ("-" in name or "'" in name):
                continue
        if any(c in rank and rank[c] <= n for c, n in top.items()):
            out.add(name)
    return sorted(out)


def main():
    for kind in ("first_names", "last_names"):
        with gzip.open(os.path.join(SRC, kind + ".pkl.gz")) as f:
            table = pickle.load(f)
        names = keep(table, TOP_FIRST if kind == "first_names" else TOP)
        path = os.path.join(OUT, kind + ".txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(names) + "\n")
        print(kind, len(names), os.path.getsize(path), "bytes", file=sys.stderr)
        if kind == "first_names":
            write_gender(table, names)


def write_gender(table, names):
    """`first_name_gender.txt`: each kept first name the data gives one sex with at least
    GENDER_SURE probability, as `Name<TAB>F` or `Name<TAB>M` (the engine reads it to tell
    whose partner "sin fru" or "sin man" is)."""
    path = os.path.join(OUT, "first_name_gender.txt")
    lines = []
    for name in names:
        g = table[name].get("gender") or {}
        sex = [k for k in ("F", "M") if g.get(k, 0) >= GENDER_SURE]
        if sex:
            lines.append("%s\t%s" % (name, sex[0]))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("first_name_gender", len(lines), os.path.getsize(path), "bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
