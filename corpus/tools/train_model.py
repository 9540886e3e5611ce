#!/usr/bin/env python3
"""Trains the engine's learnt models on the dev corpus and writes
crates/detect/data/content_model.tsv and crates/detect/data/uses_model.tsv.

The learnt models are a second opinion next to the lexicons and rules: one logistic
regression per label over the words of a text (a binary bag of lower-cased words and the
five-letter stems of longer words; word pairs were tried and added nothing). They learn from
every dev document which everyday wordings go with a label ("gick in i väggen", "mamma var
full", "Biktarvy"; "vem av dem ska vi kalla") — more than any hand-written lexicon lists.
  - content: one label per content category about a person (document-level `content`);
    the engine asks it only about passages around someone the text is about
    (crates/detect/src/language/content/model.rs).
  - infrastructure (a label of the content file): about the text itself,
    asked of a whole short text whether or not it names anyone.
  - about_no_one (a label of the content file): the document is about no one in a way
    that lifts it above level 1 (its gold `level_range` ends at 0 or 1) — routines, training
    material, guidelines that speak of health or protected identity in general; the engine
    asks it about whole short texts and, when it is very sure, takes the content findings for
    talk about a topic (crates/detect/src/language/content/model.rs).
  - uses: one label per AI Act use (kind/area) with at least MIN_USES dev examples (a gold
    use counts for its own kind/area and every pair in its `also`); the engine asks it only
    about short texts, as requests to an AI are (crates/detect/src/language/uses/model.rs).

Only dev documents are read: the held-out set is never trained on.

Usage: pip install scikit-learn numpy && python3 corpus/tools/train_model.py
         [--cv]           also print a cross-validated estimate (folds = whole source files)
         [--before N]     train only on source files numbered below N (to read newly
                          written files once with models that have not seen them)
         [--folds DIR]    instead, write five pairs of models to DIR, each trained without
                          a fifth of the source files (DIR/content_N.tsv, DIR/uses_N.tsv,
                          DIR/fold_N.txt = the documents it did not see), for the engine's
                          cross-validation (crates/detect/src/language/tests.rs,
                          `cross_validated`; scored by tools/cv_score.py)

Output format (text, tab-separated, so a reviewer can read what a model learnt):
    #labels<TAB>health<TAB>child …
    #intercept<TAB>-3.21<TAB>-2.80 …
    feature<TAB>w_health<TAB>w_child …      (weights rounded to 0.01; features whose largest
                                            absolute weight is below PRUNE are left out)
Features: a word ("sjukskriven") or a stem ("sjuks*": the first five letters of a word longer
than six). Letters are a–z, å, ä, ö, é, ü after lower-casing; anything else separates words.
The engine's tokenizer (crates/detect/src/language/learnt.rs) must stay the same.
"""
import glob, json, os, re, sys

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(os.path.dirname(ROOT), "crates", "detect", "data")
# Content categories about a person (internal is left to the lexicons: too few clear examples).
CATS = ["health", "child", "social_conditions", "economic_situation", "criminal_offence",
        "protected_identity", "religion", "ethnicity", "political_opinion",
        "union_membership", "sexual_orientation", "salary"]
# Categories about the text itself (a system's weak points), which the
# engine asks of a whole short text whether or not it names anyone.
TEXT_CATS = ["infrastructure"]
# The content file's extra label: the document is acceptably at level 0 or 1.
NO_ONE = "about_no_one"
CONTENT_LABELS = CATS + TEXT_CATS + [NO_ONE]
MIN_USES = 20    # a use (kind/area) needs this many dev examples to get a label
C = 1.0          # inverse regularisation strength (chosen by --cv on dev)
MIN_DF = 3       # a feature must occur in this many documents
PRUNE = 0.05     # leave out features whose weights are all smaller than this
THRESHOLD = 0.8  # the probability the engine asks for (for --cv)
WORD = re.compile(r"[a-zåäöéü]+")


def features(text):
    words = WORD.findall(text.lower())
    f = set(words)
    f.update(w[:5] + "*" for w in words if len(w) > 6)
    return f


def use_keys(uses):
    keys = set()
    for u in uses:
        keys.add(u["kind"] + "/" + u["area"])
        keys.update(a["kind"] + "/" + a["area"] for a in u.get("also", []))
    return keys


def load(before=None):
    docs = []
    for g in sorted(glob.glob(os.path.join(ROOT, "dev", "*.gold.json"))):
        number = os.path.basename(g).split("_", 1)[0]
        if before is not None and number.isdigit() and int(number) >= before:
            continue
        gold = json.load(open(g, encoding="utf-8"))
        text = open(g[:-len(".gold.json")] + ".txt", encoding="utf-8").read()
        name = os.path.basename(g)[:-len(".gold.json")]
        labels = set(gold.get("content", [])) | use_keys(gold.get("uses", []))
        if gold.get("level_range", [gold["level"]] * 2)[1] <= 1:
            labels.add(NO_ONE)
        docs.append((name, features(text), labels))
    return docs


def matrix(docs, vocab):
    rows, cols = [], []
    for i, (_, f, _) in enumerate(docs):
        for x in f:
            j = vocab.get(x)
            if j is not None:
                rows.append(i)
                cols.append(j)
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(docs), len(vocab)))


def vocabulary(docs):
    df = {}
    for _, f, _ in docs:
        for x in f:
            df[x] = df.get(x, 0) + 1
    return {x: j for j, x in enumerate(sorted(x for x, n in df.items() if n >= MIN_DF))}


def train(docs, labels):
    vocab = vocabulary(docs)
    X = matrix(docs, vocab)
    models = []
    for c in labels:
        y = np.array([c in gold for _, _, gold in docs])
        m = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
        m.fit(X, y)
        models.append(m)
    return vocab, models


def folds(docs):
    """Five (training, test) splits; each test part is a fifth of the source files whole."""
    files = sorted({n.split("_", 1)[0] for n, _, _ in docs})
    for i in range(5):
        fold = set(files[i::5])
        yield ([d for d in docs if d[0].split("_", 1)[0] not in fold],
               [d for d in docs if d[0].split("_", 1)[0] in fold])


def cross_validate(docs, labels, what):
    tp = fp = fn = 0
    for tr, te in folds(docs):
        vocab, models = train(tr, labels)
        X = matrix(te, vocab)
        for c, m in zip(labels, models):
            p = m.predict_proba(X)[:, 1] >= THRESHOLD
            y = np.array([c in gold for _, _, gold in te])
            tp += int((p & y).sum()); fp += int((p & ~y).sum()); fn += int((~p & y).sum())
    print("%s, cross-validated (model alone, p >= %.2f): recall %.3f precision %.3f"
          % (what, THRESHOLD, tp / (tp + fn), tp / (tp + fp)))


def write(docs, labels, path):
    vocab, models = train(docs, labels)
    W = np.vstack([m.coef_[0] for m in models]).T  # features × labels
    names = sorted(vocab, key=vocab.get)
    kept = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write("#labels\t" + "\t".join(labels) + "\n")
        out.write("#intercept\t" + "\t".join("%.2f" % m.intercept_[0] for m in models) + "\n")
        for j, x in enumerate(names):
            w = W[j]
            if np.abs(w).max() < PRUNE:
                continue
            kept += 1
            out.write(x + "\t" + "\t".join("%.2f" % v if abs(v) >= 0.005 else "0" for v in w)
                      + "\n")
    print("%d documents, %d labels, %d features, %d kept -> %s"
          % (len(docs), len(labels), len(names), kept, path))


def main():
    before = int(sys.argv[sys.argv.index("--before") + 1]) if "--before" in sys.argv else None
    docs = load(before)
    counts = {}
    for _, _, labels in docs:
        for k in labels:
            if "/" in k:
                counts[k] = counts.get(k, 0) + 1
    uses = sorted(k for k, n in counts.items() if n >= MIN_USES)
    if "--folds" in sys.argv:
        out = sys.argv[sys.argv.index("--folds") + 1]
        os.makedirs(out, exist_ok=True)
        for i, (tr, te) in enumerate(folds(docs)):
            write(tr, CONTENT_LABELS, os.path.join(out, "content_%d.tsv" % i))
            write(tr, uses, os.path.join(out, "uses_%d.tsv" % i))
            with open(os.path.join(out, "fold_%d.txt" % i), "w", encoding="utf-8") as f:
                f.write("".join(n + "\n" for n, _, _ in te))
        return
    if "--cv" in sys.argv:
        cross_validate(docs, CONTENT_LABELS, "content")
        cross_validate(docs, uses, "uses")
    write(docs, CONTENT_LABELS, os.path.join(DATA, "content_model.tsv"))
    write(docs, uses, os.path.join(DATA, "uses_model.tsv"))


if __name__ == "__main__":
    main()
