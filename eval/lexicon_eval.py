#!/usr/bin/env python3
"""Scores the default lexicon against eval/grievance-gold.tsv and eval/polarity-gold.tsv.

grievance: every gold sentence goes through `stance score --by hit --format jsonl`; a sentence's
predicted categories are the categories of its counted hits in the grievance, appeal and risk
layers. Micro precision/recall/F1 over (sentence, category) pairs, plus the number of look-alike
sentences (gold: no category) that got any category.

polarity: `stance score --by sentence --format jsonl`, each gold line one document; the
sentence polarity (mixed → the sign of tone) against the gold label; macro-F1 over the three
classes.

Usage: python3 eval/lexicon_eval.py [--stance .build/release/stance] [--show-errors]
"""
import argparse, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LAYERS = ("grievance.", "appeal.", "risk.")


def run(stance, texts, level):
    lines = "".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts))
    out = subprocess.run([stance, "score", "--by", level, "--format", "jsonl", "--quiet", "-"],
                         input=lines.encode(), capture_output=True, check=True).stdout.decode()
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def read_tsv(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            rows.append(dict(zip(header, fields + [""] * (len(header) - len(fields)))))
    return rows


def grievance(stance, show, name="grievance-gold.tsv"):
    gold = read_tsv(name)
    texts = [g["text"] for g in gold]
    predicted = [set() for _ in gold]
    for hit in run(stance, texts, "hit"):
        if hit.get("counted", True) and hit["category"].startswith(LAYERS):
            predicted[int(hit["doc"])].add(hit["category"])
    tp = fp = fn = 0
    lookalike_false = 0
    errors = []
    for g, p in zip(gold, predicted):
        truth = {c for c in g["categories"].split(";") if c}
        tp += len(truth & p)
        fp += len(p - truth)
        fn += len(truth - p)
        if not truth and p:
            lookalike_false += 1
        if truth != p:
            errors.append((g["text"], sorted(truth), sorted(p)))
    precision = tp / (tp + fp) if tp + fp else 0
    recall = tp / (tp + fn) if tp + fn else 0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0
    lookalikes = sum(1 for g in gold if not g["categories"].strip())
    print(f"{name}: grievance/appeal/risk categories: P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  "
          f"(tp {tp}, fp {fp}, fn {fn}); look-alikes with a false hit: {lookalike_false} of {lookalikes}")
    if show:
        for text, truth, p in errors:
            print(f"  gold {truth} got {p}: {text}")


def polarity(stance, show):
    gold = read_tsv("polarity-gold.tsv")
    texts = [g["text"] for g in gold]
    by_doc = {}
    for row in run(stance, texts, "sentence"):
        by_doc.setdefault(int(row["doc"]), []).append(row)
    classes = ["positive", "negative", "neutral"]
    confusion = {(a, b): 0 for a in classes for b in classes}
    errors = []
    for i, g in enumerate(gold):
        rows = by_doc.get(i, [])
        tone = sum(r["tone"] for r in rows) / len(rows) if rows else 0
        labels = {r["polarity"] for r in rows}
        if labels <= {"neutral"}:
            label = "neutral"
        elif tone > 0:
            label = "positive"
        elif tone < 0:
            label = "negative"
        else:
            label = "neutral"
        confusion[(g["polarity"], label)] += 1
        if label != g["polarity"]:
            errors.append((g["polarity"], label, g["text"]))
    f1s = []
    for c in classes:
        tp = confusion[(c, c)]
        fp = sum(confusion[(o, c)] for o in classes if o != c)
        fn = sum(confusion[(c, o)] for o in classes if o != c)
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        f1s.append(2 * p * r / (p + r) if p + r else 0)
    print("polarity 3-class: macro-F1 %.3f  (F1 positive %.3f, negative %.3f, neutral %.3f)" % (sum(f1s) / 3, *f1s))
    if show:
        for g, p, t in errors:
            print(f"  gold {g} got {p}: {t}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stance", default=os.path.join(HERE, "..", ".build", "release", "stance"))
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    if not os.path.exists(args.stance):
        sys.exit(f"{args.stance} not found: build with `swift build -c release` first")
    grievance(args.stance, args.show_errors)
    if os.path.exists(os.path.join(HERE, "grievance-blind.tsv")):
        grievance(args.stance, args.show_errors, "grievance-blind.tsv")
    polarity(args.stance, args.show_errors)


if __name__ == "__main__":
    main()
