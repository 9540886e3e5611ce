#!/usr/bin/env python3
"""Scores the engine's cross-validated predictions on dev like `vakt eval` does.

    python3 corpus/tools/train_model.py --folds DIR
    VAKT_CV=DIR cargo test --release -p vakt-detect --lib cross_validated -- --ignored
    python3 corpus/tools/cv_score.py DIR [--from N] [--list]

Each dev document was analysed with models trained without its source file (see
train_model.py --folds), so the figures estimate how the engine does on text it has not
learnt from, as on the held-out set. Prints levels in range, under- and over-classified
documents and content recall/precision at document level (a category counts when the engine
reports it at its full level). `--from N` scores only source files numbered N and up;
`--list` also prints each document outside its range.
"""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    d = sys.argv[1]
    start = int(sys.argv[sys.argv.index("--from") + 1]) if "--from" in sys.argv else None
    n = inr = 0
    under, over = [], []
    tp = fp = fn = 0
    for line in open(os.path.join(d, "pred.jsonl"), encoding="utf-8"):
        p = json.loads(line)
        number = p["name"].split("_", 1)[0].lstrip("h")
        if start is not None and not (number.isdigit() and int(number) >= start):
            continue
        g = json.load(open(os.path.join(ROOT, "dev", p["name"] + ".gold.json"), encoding="utf-8"))
        lo, hi = g.get("level_range", [g["level"]] * 2)
        n += 1
        if lo <= p["level"] <= hi:
            inr += 1
        elif p["level"] < lo:
            under.append((p["name"], lo, hi, p["level"]))
        else:
            over.append((p["name"], lo, hi, p["level"]))
        gold, pred = set(g.get("content", [])), set(p["content"])
        tp += len(gold & pred); fp += len(pred - gold); fn += len(gold - pred)
    print("documents %d: in range %d (%.4f), under %d, over %d" % (n, inr, inr / max(n, 1), len(under), len(over)))
    print("content: recall %.4f precision %.4f (tp %d, fp %d, fn %d)"
          % (tp / max(tp + fn, 1), tp / max(tp + fp, 1), tp, fp, fn))
    if "--list" in sys.argv:
        for kind, rows in (("under", under), ("over", over)):
            for name, lo, hi, lv in rows:
                print("%s %s (gold %d-%d, got %d)" % (kind, name, lo, hi, lv))


if __name__ == "__main__":
    main()
