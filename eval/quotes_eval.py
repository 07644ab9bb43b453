#!/usr/bin/env python3
"""Quote detection F1 and speaker accuracy against eval/quotes-gold/.

For every ARTICLE.txt in the gold folder the scorer runs
    <cmd> ARTICLE.txt            (default cmd: .build/release/stance quotes --format jsonl)
and reads one JSON object per stdout line with at least `text`, `speaker`, and preferably
`start`/`end` (Unicode scalar offsets), `speaker_type` and `mode` (see shared/spec/contract.md).
Use `{file}` in --cmd to put the path somewhere else than at the end, or --system-output DIR to
score saved ARTICLE.jsonl files instead of running anything.

Matching (see eval/README.md):
  * every quote becomes a set of character positions in the article: the gold text is found in its
    gold paragraph (a quote interrupted by its attribution is written "part one … part two" and is
    the union of both parts); a system quote uses its start/end, or, when these are missing or out
    of range, the first place its text occurs;
  * a system quote and a gold quote match when the characters they share are at least --overlap
    (default 0.5) of the longer of the two; pairs are taken one-to-one, best overlap first;
  * detection P = matched / system quotes, R = matched / gold quotes, F1 their harmonic mean;
  * speaker accuracy = matched quotes whose speaker is right / matched quotes, where right means,
    after case folding and collapsing spaces: equal to the gold speaker or one of its aliases, or
    (names) the words of one contained as a contiguous run in the words of the other — "Petrova"
    and "moren Irina Petrova" are both right for "Irina Petrova"; a gold interviewer question
    (speaker_type journalist) is right when the system says speaker_type "journalist";
  * attributed F1 counts a quote as found only when it matches and its speaker is right.

Only the Python standard library is used.
"""
import argparse
import glob
import json
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_GOLD = os.path.join(HERE, "quotes-gold")
DEFAULT_CMD = ".build/release/stance quotes --format jsonl"
PART_SEPARATOR = " … "


def read_article(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def paragraph_spans(text):
    spans, pos = [], 0
    for block in text.split("\n\n"):
        spans.append((pos, pos + len(block)))
        pos += len(block) + 2
    return spans


def find_parts(text, quote, lo=0, hi=None):
    hi = len(text) if hi is None else hi
    chars, pos = set(), lo
    for part in quote.split(PART_SEPARATOR):
        i = text.find(part, pos, hi)
        if i < 0:
            return None
        chars.update(range(i, i + len(part)))
        pos = i + len(part)
    return chars


def load_gold(gold_dir):
    articles = []
    for txt in sorted(glob.glob(os.path.join(gold_dir, "*.txt"))):
        name = os.path.basename(txt)[:-4]
        gpath = os.path.join(gold_dir, name + ".quotes.jsonl")
        if not os.path.exists(gpath):
            sys.exit("quotes_eval: %s has no %s" % (txt, os.path.basename(gpath)))
        text = read_article(txt)
        paras = paragraph_spans(text)
        quotes = []
        with open(gpath, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                q = json.loads(line)
                lo, hi = paras[q["paragraph"]] if "paragraph" in q else (0, len(text))
                chars = find_parts(text, q["text"], lo, hi)
                if not chars:
                    sys.exit("quotes_eval: %s:%d: gold text not found in paragraph %s: %r"
                             % (gpath, n, q.get("paragraph"), q["text"][:60]))
                q["chars"] = chars
                quotes.append(q)
        articles.append((name, txt, text, quotes))
    if not articles:
        sys.exit("quotes_eval: no *.txt articles in %s" % gold_dir)
    return articles


class CommandFailed(Exception):
    pass


def run_system(argv, path, timeout):
    if "{file}" in argv:
        argv = [a.replace("{file}", path) for a in argv]
    else:
        argv = argv + [path]
    try:
        proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout, cwd=REPO)
    except FileNotFoundError:
        raise CommandFailed("command not found: %s (build it first: swift build -c release)" % argv[0])
    except subprocess.TimeoutExpired:
        raise CommandFailed("timed out after %ss" % timeout)
    if proc.returncode != 0:
        raise CommandFailed("exit %d: %s" % (proc.returncode, proc.stderr.decode("utf-8", "replace").strip()[:500]))
    return proc.stdout.decode("utf-8")


def parse_rows(output, where):
    rows = []
    for n, line in enumerate(output.splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                raise CommandFailed("%s line %d is not JSON (%s): %s" % (where, n, e, line[:120]))
    return rows


def system_chars(text, row):
    start, end = row.get("start"), row.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        return set(range(start, end))
    quote = (row.get("text") or "").strip()
    if not quote:
        return set()
    i = text.find(quote)
    return set(range(i, i + len(quote))) if i >= 0 else set()


WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)


def words(s):
    return WORD.findall((s or "").casefold())


def contains_run(longer, shorter):
    n = len(shorter)
    return n > 0 and any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def speaker_right(gold, row):
    if gold.get("speaker_type") == "journalist":
        return row.get("speaker_type") == "journalist" or words(row.get("speaker")) == ["journalist"]
    sys_words = words(row.get("speaker"))
    if not sys_words:
        return False
    for name in [gold["speaker"]] + gold.get("aliases", []):
        g = words(name)
        if sys_words == g or contains_run(sys_words, g) or contains_run(g, sys_words):
            return True
    return False


def match(gold_quotes, sys_quotes, threshold):
    pairs = []
    for gi, g in enumerate(gold_quotes):
        for si, (row, chars) in enumerate(sys_quotes):
            if not chars:
                continue
            shared = len(g["chars"] & chars)
            ratio = shared / max(len(g["chars"]), len(chars))
            if ratio >= threshold:
                pairs.append((ratio, gi, si))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_g, used_s, result = set(), set(), []
    for ratio, gi, si in pairs:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            result.append((gi, si))
    return result


def prf(tp, n_sys, n_gold):
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def short(s, n=70):
    s = s.replace("\n", "¶")
    return s if len(s) <= n else s[:n - 1] + "…"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold-dir", default=DEFAULT_GOLD)
    ap.add_argument("--cmd", default=DEFAULT_CMD,
                    help="command run in the repository root; the article path is appended or replaces {file} "
                         "(default: %(default)s)")
    ap.add_argument("--system-output", metavar="DIR",
                    help="score saved outputs DIR/ARTICLE.jsonl instead of running --cmd")
    ap.add_argument("--overlap", type=float, default=0.5, help="minimum shared share of the longer quote (default 0.5)")
    ap.add_argument("--show-errors", action="store_true", help="list missed, spurious and wrongly attributed quotes")
    ap.add_argument("--max-errors", type=int, default=20)
    ap.add_argument("--timeout", type=float, default=60.0)
    args = ap.parse_args()

    articles = load_gold(args.gold_dir)
    argv = shlex.split(args.cmd)
    totals = dict(gold=0, sys=0, tp=0, spk=0, typ=0, mode=0)
    errors = []
    print("%-24s %5s %5s %5s  %6s %6s %6s  %7s" % ("article", "gold", "sys", "match", "P", "R", "F1", "speaker"))
    for name, path, text, gold in articles:
        try:
            if args.system_output:
                spath = os.path.join(args.system_output, name + ".jsonl")
                with open(spath, encoding="utf-8") as f:
                    rows = parse_rows(f.read(), spath)
            else:
                rows = parse_rows(run_system(argv, path, args.timeout), "stdout")
        except (CommandFailed, OSError) as e:
            print("quotes_eval: %s: %s" % (name, e), file=sys.stderr)
            return 1
        sys_quotes = [(row, system_chars(text, row)) for row in rows]
        pairs = match(gold, sys_quotes, args.overlap)
        spk = sum(speaker_right(gold[gi], sys_quotes[si][0]) for gi, si in pairs)
        typ = sum(gold[gi]["speaker_type"] == sys_quotes[si][0].get("speaker_type") for gi, si in pairs)
        mode = sum(gold[gi]["mode"] == sys_quotes[si][0].get("mode") for gi, si in pairs)
        p, r, f = prf(len(pairs), len(rows), len(gold))
        print("%-24s %5d %5d %5d  %6.3f %6.3f %6.3f  %7s" % (name[:24], len(gold), len(rows), len(pairs), p, r, f,
                                                             "%d/%d" % (spk, len(pairs))))
        for k, v in (("gold", len(gold)), ("sys", len(rows)), ("tp", len(pairs)), ("spk", spk), ("typ", typ), ("mode", mode)):
            totals[k] += v
        matched_g = {gi for gi, _ in pairs}
        matched_s = {si for _, si in pairs}
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                errors.append("missed    %s ¶%d [%s] %s" % (name, g["paragraph"], g["speaker"], short(g["text"])))
        for si, (row, _) in enumerate(sys_quotes):
            if si not in matched_s:
                errors.append("spurious  %s [%s] %s" % (name, row.get("speaker", ""), short(row.get("text", ""))))
        for gi, si in pairs:
            row = sys_quotes[si][0]
            if not speaker_right(gold[gi], row):
                errors.append("speaker   %s ¶%d gold=%r system=%r  %s" % (name, gold[gi]["paragraph"], gold[gi]["speaker"],
                                                                         row.get("speaker"), short(gold[gi]["text"], 50)))
    t = totals
    p, r, f = prf(t["tp"], t["sys"], t["gold"])
    ap_, ar, af = prf(t["spk"], t["sys"], t["gold"])
    acc = lambda k: (t[k] / t["tp"]) if t["tp"] else 0.0
    print("%-24s %5d %5d %5d  %6.3f %6.3f %6.3f  %7s" % ("TOTAL", t["gold"], t["sys"], t["tp"], p, r, f, "%d/%d" % (t["spk"], t["tp"])))
    print()
    print("quote detection      P %.3f  R %.3f  F1 %.3f   (overlap >= %.2f of the longer quote)" % (p, r, f, args.overlap))
    print("speaker accuracy     %.3f  (%d of %d matched quotes)" % (acc("spk"), t["spk"], t["tp"]))
    print("speaker_type acc.    %.3f" % acc("typ"))
    print("mode accuracy        %.3f" % acc("mode"))
    print("attributed quotes    P %.3f  R %.3f  F1 %.3f   (matched and speaker right)" % (ap_, ar, af))
    if args.show_errors:
        print()
        print("first %d of %d errors:" % (min(len(errors), args.max_errors), len(errors)))
        for e in errors[:args.max_errors]:
            print("  " + e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
