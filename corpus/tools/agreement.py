#!/usr/bin/env python3
"""How far an independent second labelling of dev documents agrees with the corpus gold levels,
and, given the engine's results on the same documents, how far the engine does.

The question it answers: is the issue's level target (level in the expected range for >= 95 %
of documents) within what careful labellers reproduce, or do the labels disagree with each
other so much that no engine could reach it?

corpus/agreement/second_labeller.jsonl holds the second labelling: 640 dev documents drawn at
random (320 with Python's random.seed(20261206), then 320 of the rest with seed 20261207), each
labelled from its text alone (renamed, so not even the file name showed) by a labeller who saw
neither the gold labels, the engine nor its results, only the brief in
corpus/agreement/BRIEF.md (the contract's level table and the corpus's labelling guide), in
batches of 80. corpus/agreement/second_labeller_heldout.jsonl is the same for 640 held-out documents (seed
20261208), labelled the same way; only this script's aggregates of it are read (the held-out
rule: no one tuning the engine reads held-out texts, gold or per-document results).
The labellers were language-model agents, as the corpus's writers were: the
figure says the labels are reproducible from the text and the guide, not that every human
reviewer would agree. One line per document:
    {"name": "dev/NAME", "level": 2, "level_range": [2, 3], "why": "..."}

Usage:
    python3 corpus/tools/agreement.py [--labels FILE]
    vakt check --format json corpus/dev > /tmp/dev.json
    python3 corpus/tools/agreement.py --engine /tmp/dev.json
"""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = os.path.join(ROOT, "agreement", "second_labeller.jsonl")


def gold(name):
    g = json.load(open(os.path.join(ROOT, name + ".gold.json"), encoding="utf-8"))
    return g["level"], tuple(g.get("level_range", [g["level"]] * 2))


def engine_levels(path):
    """Level per document name from `vakt check --format json` output (one document a line)."""
    levels = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip().rstrip(",")
        if not line.startswith('{"source"'):
            continue
        d = json.loads(line)
        src = d["source"]
        if src.endswith(".txt"):
            levels[os.path.basename(src)[:-len(".txt")]] = d["level"]
    return levels


def share(k, n):
    return "%d/%d (%.3f)" % (k, n, k / n)


def main():
    labels = sys.argv[sys.argv.index("--labels") + 1] if "--labels" in sys.argv else LABELS
    rows = [json.loads(l) for l in open(labels, encoding="utf-8") if l.strip()]
    n = len(rows)
    in_gold = under = over = exact = overlap = gold_in_second = 0
    for r in rows:
        level, (lo, hi) = gold(r["name"])
        s, (slo, shi) = r["level"], r["level_range"]
        in_gold += lo <= s <= hi
        under += s < lo
        over += s > hi
        exact += s == level
        overlap += max(lo, slo) <= min(hi, shi)
        gold_in_second += slo <= level <= shi
    print("documents labelled twice: %d" % n)
    print("second labeller's level in the gold range: %s (under %d, over %d)"
          % (share(in_gold, n), under, over))
    print("gold level in the second labeller's range: %s" % share(gold_in_second, n))
    print("ranges overlap: %s; same level: %s" % (share(overlap, n), share(exact, n)))
    if "--engine" in sys.argv:
        levels = engine_levels(sys.argv[sys.argv.index("--engine") + 1])
        e_gold = e_second = e_under = e_over = 0
        for r in rows:
            _, (lo, hi) = gold(r["name"])
            e = levels[r["name"].split("/", 1)[1]]
            slo, shi = r["level_range"]
            e_gold += lo <= e <= hi
            e_under += e < lo
            e_over += e > hi
            e_second += slo <= e <= shi
        print("engine's level in the gold range: %s (under %d, over %d)"
              % (share(e_gold, n), e_under, e_over))
        print("engine's level in the second labeller's range: %s" % share(e_second, n))


if __name__ == "__main__":
    main()
