#!/usr/bin/env python3
"""Scores the engine on the probe sentences: short texts in people's own words.

    python3 corpus/tools/probes.py [--set tuned|tuned2|tuned3|tuned4|tuned5|tuned6|tuned7|tuned8|blind] [--vakt PATH] [--list]

corpus/probes/{tuned,tuned2,tuned3,tuned4,tuned5,tuned6,tuned7,tuned8,blind}/*.tsv hold lines `LEVEL<TAB>CATEGORIES<TAB>TEXT`: a text of
one to three sentences (" / " where a message breaks a line), the level a careful
data-protection officer gives it, and the content categories it holds about an identifiable
person ("-" for none). Blind writers wrote them with one brief (CONTRACT.md and DOMAIN.md
only), asked to write the way people really write — everyday verbs, slang, abbreviations,
brand names, misspellings — and to make a quarter of the lines about no one. The corpus
documents are longer and more formal; these find the words and the turns the rules lack.

- `tuned`: 720 texts by six writers (six themes: health, social services, money, offences
  and beliefs, school, staff), read and tuned against in the sixteenth session.
- `tuned2`: 720 texts by six more writers on the same themes; the sixteenth session's blind
  set, scored blind then, read and tuned against in the seventeenth.
- `tuned3`: 720 texts by eight writers of the seventeenth session (the six themes, IT and
  internal matters, and a mixed set); that session's blind set, read and tuned against in
  the eighteenth.
- `tuned4`: 540 texts by six writers of the eighteenth session (social and family matters,
  health in everyday words, money and work, children in and out of school, offences and
  identity, requests to an AI with pasted material), written to be read: scored once with
  the engine as it stood, then tuned against.
- `tuned5`: 720 texts by eight writers of the eighteenth session (the six themes, IT and
  internal matters, requests to an AI with pasted text); the brief also gave the corpus's
  labelling rules (names alone 1, routines with no one identifiable 0 or 1). That session's
  blind set, read and tuned against in the nineteenth.
- `tuned6`: 720 texts by eight writers of the nineteenth session, the same themes and brief
  (`corpus/briefs/probe_writer.md`); that session's blind set, read and tuned against in the
  twentieth.
- `tuned7`: 720 texts by eight writers of the twentieth session, the same themes and brief;
  that session's blind set, read and tuned against in the twenty-first.
- `tuned8`: 720 texts by eight writers of the twenty-first session, the same themes and
  brief; that session's blind set, read and tuned against in the twenty-second.
- `blind`: 720 texts by eight writers of the twenty-second session, the same themes and brief.
  Not read, scored with the session's start and end engines. Read it to tune only after
  writing a new blind set to replace it.

Prints exact level agreement, under- and over-classified texts, and the recall of the
categories at level 2 or more; `--list` prints each text off its level.
"""
import collections, glob, json, os, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def arg(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def main():
    which = arg("--set", "blind")
    vakt = arg("--vakt", os.path.join(os.path.dirname(ROOT), "target", "tune", "vakt"))
    rows = []
    for path in sorted(glob.glob(os.path.join(ROOT, "probes", which, "*.tsv"))):
        stem = os.path.basename(path)[:-4]
        for i, line in enumerate(open(path, encoding="utf-8")):
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or not parts[0].strip().isdigit():
                continue
            cats = parts[1].strip()
            cats = set() if cats in ("-", "") else {c.strip() for c in cats.split(",")}
            rows.append(("%s_%03d" % (stem, i + 1), int(parts[0]), cats,
                         parts[2].replace(" / ", "\n")))
    if not rows:
        sys.exit("no probes in corpus/probes/%s" % which)
    work = tempfile.mkdtemp(prefix="vakt-probes-")
    try:
        for name, _, _, text in rows:
            with open(os.path.join(work, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
        out = subprocess.run([vakt, "check", "--format", "json", work],
                             capture_output=True, text=True, check=False).stdout
    finally:
        shutil.rmtree(work, ignore_errors=True)
    got = {os.path.basename(d["source"])[:-4]: d for d in json.loads(out)["documents"]}
    exact = under = over = tp = fn = 0
    missed = collections.Counter()
    off = []
    for name, level, cats, text in rows:
        d = got[name]
        found = {f["category"] for f in d["findings"] if f["level"] >= 2}
        exact += d["level"] == level
        under += d["level"] < level
        over += d["level"] > level
        for c in cats:
            if c in found:
                tp += 1
            else:
                fn += 1
                missed[c] += 1
        if d["level"] != level:
            off.append(("under" if d["level"] < level else "over", name, level, d["level"],
                        text.replace("\n", " / ")))
    n = len(rows)
    print("probes %s: %d texts, level exact %d (%.3f), under %d, over %d; categories found %.3f"
          % (which, n, exact, exact / n, under, over, tp / max(tp + fn, 1)))
    print("missed categories: %s" % ", ".join("%s %d" % kv for kv in missed.most_common()))
    if "--list" in sys.argv:
        for kind, name, level, lv, text in sorted(off):
            print("%s %s (gold %d, got %d): %s" % (kind, name, level, lv, text))


if __name__ == "__main__":
    main()
