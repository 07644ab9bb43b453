#!/usr/bin/env python3
"""Sentence-boundary precision / recall / F1 against eval/sentences-gold.jsonl.

A boundary is the end offset of a sentence: a Unicode scalar (Python str) offset into the
document text (CRLF/CR read as LF), end-exclusive, just after the sentence's last character.
See eval/README.md for how the gold was made and how the numbers are computed.

Systems:
  cmd    run --cmd once per document with the text on stdin; read `stance segment --format jsonl`
         rows (doc, paragraph, sentence, start, end, text) from its stdout and use every `end`.
  regex  a naive baseline: break after [.!?] (plus closing quotes/brackets) when whitespace and
         an upper-case letter or a dash follow, and at every paragraph end (blank line).

Only the Python standard library is used.
"""
import argparse
import json
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_GOLD = os.path.join(HERE, "sentences-gold.jsonl")
DEFAULT_CMD = ".build/release/stance segment --format jsonl -"
BENCH_CANDIDATES = [
    os.environ.get("STANCE_BENCH", ""),
    os.path.join(REPO, "..", "shared", "bench", "nb-bench.jsonl"),
    "/work/shared/bench/nb-bench.jsonl",
]


def normalise(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


def find_bench(path):
    for p in ([path] if path else BENCH_CANDIDATES):
        if p and os.path.isfile(p):
            return p
    sys.exit("sentence_f1: cannot find nb-bench.jsonl; pass --bench PATH or set STANCE_BENCH")


def load_gold(path):
    gold = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                obj = json.loads(line)
                gold.append((obj["id"], obj["ends"]))
    return gold


def load_texts(path, ids):
    wanted, texts = set(ids), {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            obj = json.loads(line)
            if obj["id"] in wanted:
                texts[obj["id"]] = (normalise(obj["text"]), obj.get("outlet", ""))
    missing = wanted - set(texts)
    if missing:
        sys.exit("sentence_f1: %d gold documents not in %s (e.g. %s)" % (len(missing), path, sorted(missing)[0]))
    return texts


# ---------------------------------------------------------------------------------------------
# Systems

REGEX_BREAK = re.compile(r"[.!?][»”\"')\]]*(?=\s+[A-ZÆØÅÄÖÜÉ–—-])")
PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")


def regex_system(text):
    ends = set()
    for p in PARAGRAPH.finditer(text):
        ends.add(p.start() + len(p.group(0).rstrip()))
        for m in REGEX_BREAK.finditer(p.group(0)):
            ends.add(p.start() + m.end())
    return ends


class CommandFailed(Exception):
    pass


def cmd_system(text, argv, timeout):
    try:
        proc = subprocess.run(argv, input=text.encode("utf-8"), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout, cwd=REPO)
    except FileNotFoundError:
        raise CommandFailed("command not found: %s (build it first: swift build -c release)" % argv[0])
    except subprocess.TimeoutExpired:
        raise CommandFailed("command timed out after %ss" % timeout)
    if proc.returncode != 0:
        raise CommandFailed("exit %d: %s" % (proc.returncode, proc.stderr.decode("utf-8", "replace").strip()[:500]))
    ends = set()
    for n, line in enumerate(proc.stdout.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            start, end = int(row["start"]), int(row["end"])
        except (ValueError, KeyError, TypeError) as e:
            raise CommandFailed("stdout line %d is not a segment row (%s): %s" % (n, e, line[:120]))
        # Tolerate trailing whitespace inside a system's span: the boundary is after the last
        # non-space character of the sentence.
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            ends.add(end)
    return ends


# ---------------------------------------------------------------------------------------------
# Scoring

def paragraph_ends(text):
    return {p.start() + len(p.group(0).rstrip()) for p in PARAGRAPH.finditer(text)}


def scoreable(ends, text):
    """Every boundary except the end of the document, which every system gets for free."""
    last = len(text.rstrip())
    return {e for e in ends if e != last}


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, gold, system):
        self.tp += len(gold & system)
        self.fp += len(system - gold)
        self.fn += len(gold - system)

    def prf(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def context(text, offset, width=45):
    left = text[max(0, offset - width):offset].replace("\n", "¶")
    right = text[offset:offset + width].replace("\n", "¶")
    return "…%s‖%s…" % (left, right)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--system", action="append", choices=["cmd", "regex"],
                    help="system to score; repeat for several (default: cmd)")
    ap.add_argument("--cmd", default=DEFAULT_CMD,
                    help="command for --system cmd, split like a shell would, run in the repository root "
                         "with the document on stdin (default: %(default)s)")
    ap.add_argument("--gold", default=DEFAULT_GOLD, help="gold file (default: eval/sentences-gold.jsonl)")
    ap.add_argument("--bench", help="nb-bench.jsonl holding the texts (default: $STANCE_BENCH, "
                                    "../shared/bench/nb-bench.jsonl beside the repository, /work/shared/bench)")
    ap.add_argument("--show-errors", action="store_true", help="list the first --max-errors errors per system")
    ap.add_argument("--max-errors", type=int, default=20)
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per document for --system cmd")
    ap.add_argument("--print-gold", metavar="DOC_ID", help="print the gold sentences of one document and exit")
    args = ap.parse_args()

    gold = load_gold(args.gold)
    texts = load_texts(find_bench(args.bench), [d for d, _ in gold])

    if args.print_gold:
        ends = dict(gold).get(args.print_gold)
        if ends is None:
            sys.exit("sentence_f1: %s is not in the gold file" % args.print_gold)
        text, prev = texts[args.print_gold][0], 0
        for i, e in enumerate(ends):
            print("%3d %5d  %s" % (i, e, text[prev:e].strip().replace("\n", "¶")))
            prev = e
        return 0

    systems = args.system or ["cmd"]
    argv = shlex.split(args.cmd)
    status = 0
    print("gold: %d documents, %d sentence ends (%s)" % (len(gold), sum(len(e) for _, e in gold), os.path.relpath(args.gold)))
    print("%-6s %-22s %7s %7s %7s   %5s %5s %5s" % ("system", "boundaries", "P", "R", "F1", "tp", "fp", "fn"))
    for name in systems:
        overall, inside = Tally(), Tally()
        by_outlet = {}
        errors = []
        failed = None
        for doc_id, gold_ends in gold:
            text, outlet = texts[doc_id]
            if name == "regex":
                sys_ends = regex_system(text)
            else:
                try:
                    sys_ends = cmd_system(text, argv, args.timeout)
                except CommandFailed as e:
                    failed = "%s: %s" % (doc_id, e)
                    break
            g = scoreable(set(gold_ends), text)
            s = scoreable(sys_ends, text)
            overall.add(g, s)
            by_outlet.setdefault(outlet, Tally()).add(g, s)
            paras = paragraph_ends(text)
            inside.add(g - paras, s - paras)
            for off in sorted((g - s) | (s - g)):
                if len(errors) < args.max_errors:
                    kind = "missed" if off in g else "spurious"
                    errors.append("  %-8s %s @%d  %s" % (kind, doc_id, off, context(text, off)))
        if failed:
            print("%-6s could not run %r: %s" % (name, args.cmd, failed))
            status = 1
            continue
        rows = [("all (excl. doc end)", overall), ("inside paragraphs", inside)]
        rows += [("  " + o, t) for o, t in sorted(by_outlet.items())]
        for label, t in rows:
            p, r, f = t.prf()
            print("%-6s %-22s %7.3f %7.3f %7.3f   %5d %5d %5d" % (name, label, p, r, f, t.tp, t.fp, t.fn))
        if args.show_errors:
            print("first %d errors of %s (‖ marks the offset):" % (len(errors), name))
            print("\n".join(errors) if errors else "  none")
    return status


if __name__ == "__main__":
    sys.exit(main())
