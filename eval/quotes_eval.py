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

Real articles (--real-gold eval/quotes-real.jsonl): the gold gives start/end offsets (and `parts`
for a quote interrupted by its attribution) into the texts of nb-bench.jsonl (--bench); each
document's normalised text is written to a temporary file and --cmd is run on it. Gold quotes whose
speaker is "unknown" count for detection but not for speaker accuracy or attributed F1; --split
dev|blind picks half of the documents.

Only the Python standard library is used.
"""
import argparse
import collections
import glob
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_GOLD = os.path.join(HERE, "quotes-gold")
DEFAULT_CMD = ".build/release/stance quotes --format jsonl"
PART_SEPARATOR = " … "
UNKNOWN = "unknown"


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


def default_bench():
    if os.environ.get("STANCE_BENCH"):
        return os.environ["STANCE_BENCH"]
    beside = os.path.join(os.path.dirname(REPO), "shared", "bench", "nb-bench.jsonl")
    return beside if os.path.exists(beside) else "/work/shared/bench/nb-bench.jsonl"


def normalise(text):
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_real_gold(gold_path, bench_path, split, tmpdir):
    """Gold rows {doc, split, start, end, [parts], speaker, speaker_type, mode, [aliases]} with offsets
    into the bench texts. Returns articles like load_gold (the text is written to tmpdir/DOC.txt)."""
    by_doc, order = {}, []
    with open(gold_path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            q = json.loads(line)
            q["_line"] = n
            if split != "all" and q.get("split") != split:
                continue
            if q["doc"] not in by_doc:
                by_doc[q["doc"]] = []
                order.append(q["doc"])
            by_doc[q["doc"]].append(q)
    if not order:
        sys.exit("quotes_eval: no gold quotes in %s for split %s" % (gold_path, split))
    texts = {}
    try:
        with open(bench_path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    if d.get("id") in by_doc:
                        texts[d["id"]] = (normalise(d["text"]), d.get("outlet", ""))
    except OSError as e:
        sys.exit("quotes_eval: cannot read bench %s: %s (use --bench or $STANCE_BENCH)" % (bench_path, e))
    articles = []
    for doc in order:
        if doc not in texts:
            sys.exit("quotes_eval: document %s of %s is not in %s" % (doc, gold_path, bench_path))
        text, outlet = texts[doc]
        paras = paragraph_spans(text)
        quotes = []
        for q in by_doc[doc]:
            spans = q.get("parts") or [[q["start"], q["end"]]]
            chars = set()
            for a, b in spans:
                if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                    sys.exit("quotes_eval: %s:%d: bad offsets %r for %s" % (gold_path, q["_line"], [a, b], doc))
                chars.update(range(a, b))
            q["chars"] = chars
            q["text"] = PART_SEPARATOR.join(text[a:b] for a, b in spans)
            q["paragraph"] = next((i for i, (lo, hi) in enumerate(paras) if lo <= spans[0][0] <= hi), -1)
            quotes.append(q)
        quotes.sort(key=lambda q: (q["start"], q["end"]))
        path = os.path.join(tmpdir, doc + ".txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        articles.append((doc, path, text, quotes, outlet))
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
    ap.add_argument("--show-types", action="store_true", help="print the speaker_type confusion of matched quotes")
    ap.add_argument("--max-errors", type=int, default=20)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--real-gold", metavar="FILE",
                    help="score real articles: gold offsets into --bench texts (e.g. eval/quotes-real.jsonl) "
                         "instead of --gold-dir")
    ap.add_argument("--split", choices=("dev", "blind", "dev2", "blind2", "all"), default="all",
                    help="with --real-gold: documents of this split only (default: all)")
    ap.add_argument("--bench", default=None,
                    help="with --real-gold: nb-bench.jsonl (default: $STANCE_BENCH, else "
                         "../shared/bench/nb-bench.jsonl beside the repository, else /work/shared/bench/nb-bench.jsonl)")
    args = ap.parse_args()

    if args.real_gold:
        with tempfile.TemporaryDirectory(prefix="quotes-real-") as tmpdir:
            articles = load_real_gold(args.real_gold, args.bench or default_bench(), args.split, tmpdir)
            return score(args, articles, real=True)
    articles = [a + ("",) for a in load_gold(args.gold_dir)]
    return score(args, articles, real=False)


TYPE_PAIRS = collections.Counter()


def score(args, articles, real):
    argv = shlex.split(args.cmd)
    keys = ("gold", "sys", "tp", "spk", "spk_n", "typ", "typ_n", "mode", "att_sys", "att_gold")
    totals = dict.fromkeys(keys, 0)
    by_outlet = {}
    errors = []
    width = max([24] + [min(len(a[0]), 48) for a in articles]) if real else 24
    row_fmt = "%-" + str(width) + "s %5d %5d %5d  %6.3f %6.3f %6.3f  %7s"
    print(("%-" + str(width) + "s %5s %5s %5s  %6s %6s %6s  %7s") % ("article", "gold", "sys", "match", "P", "R", "F1", "speaker"))
    for name, path, text, gold, outlet in articles:
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
        # gold quotes with speaker "unknown" count for detection only
        known = [(gi, si) for gi, si in pairs if gold[gi]["speaker"] != UNKNOWN]
        typed = [(gi, si) for gi, si in pairs if gold[gi]["speaker_type"] != UNKNOWN]
        spk = sum(speaker_right(gold[gi], sys_quotes[si][0]) for gi, si in known)
        typ = sum(gold[gi]["speaker_type"] == sys_quotes[si][0].get("speaker_type") for gi, si in typed)
        for gi, si in typed:
            TYPE_PAIRS[(gold[gi]["speaker_type"], str(sys_quotes[si][0].get("speaker_type")))] += 1
        mode = sum(gold[gi]["mode"] == sys_quotes[si][0].get("mode") for gi, si in pairs)
        n_unknown = sum(1 for g in gold if g["speaker"] == UNKNOWN)
        counts = dict(gold=len(gold), sys=len(rows), tp=len(pairs), spk=spk, spk_n=len(known), typ=typ,
                      typ_n=len(typed), mode=mode, att_sys=len(rows) - (len(pairs) - len(known)),
                      att_gold=len(gold) - n_unknown)
        p, r, f = prf(len(pairs), len(rows), len(gold))
        print(row_fmt % (name[:width], len(gold), len(rows), len(pairs), p, r, f, "%d/%d" % (spk, len(known))))
        for k in keys:
            totals[k] += counts[k]
            if real:
                by_outlet.setdefault(outlet, dict.fromkeys(keys, 0))[k] += counts[k]
        matched_g = {gi for gi, _ in pairs}
        matched_s = {si for _, si in pairs}
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                errors.append("missed    %s ¶%d [%s] %s" % (name, g["paragraph"], g["speaker"], short(g["text"])))
        for si, (row, _) in enumerate(sys_quotes):
            if si not in matched_s:
                errors.append("spurious  %s [%s] %s" % (name, row.get("speaker", ""), short(row.get("text", ""))))
        for gi, si in known:
            row = sys_quotes[si][0]
            if not speaker_right(gold[gi], row):
                errors.append("speaker   %s ¶%d gold=%r system=%r  %s" % (name, gold[gi]["paragraph"], gold[gi]["speaker"],
                                                                         row.get("speaker"), short(gold[gi]["text"], 50)))
    t = totals
    p, r, f = prf(t["tp"], t["sys"], t["gold"])
    ap_, ar, af = prf(t["spk"], t["att_sys"], t["att_gold"])
    acc = lambda k, n: (t[k] / t[n]) if t[n] else 0.0
    print(row_fmt % ("TOTAL", t["gold"], t["sys"], t["tp"], p, r, f, "%d/%d" % (t["spk"], t["spk_n"])))
    if real and len(by_outlet) > 1:
        for outlet in sorted(by_outlet):
            o = by_outlet[outlet]
            op, orr, of = prf(o["tp"], o["sys"], o["gold"])
            print(row_fmt % (("  " + outlet)[:width], o["gold"], o["sys"], o["tp"], op, orr, of, "%d/%d" % (o["spk"], o["spk_n"])))
    print()
    print("quote detection      P %.3f  R %.3f  F1 %.3f   (overlap >= %.2f of the longer quote)" % (p, r, f, args.overlap))
    if t["spk_n"] != t["tp"]:
        print("speaker accuracy     %.3f  (%d of %d matched quotes; %d with gold speaker \"unknown\" left out)"
              % (acc("spk", "spk_n"), t["spk"], t["spk_n"], t["tp"] - t["spk_n"]))
    else:
        print("speaker accuracy     %.3f  (%d of %d matched quotes)" % (acc("spk", "spk_n"), t["spk"], t["spk_n"]))
    print("speaker_type acc.    %.3f" % acc("typ", "typ_n"))
    if args.show_types:
        print("speaker_type confusion (gold -> system: count):")
        for (g, s_), n in sorted(TYPE_PAIRS.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-12s -> %-12s %3d%s" % (g, s_, n, "" if g == s_ else "   *"))
    print("mode accuracy        %.3f" % acc("mode", "tp"))
    print("attributed quotes    P %.3f  R %.3f  F1 %.3f   (matched and speaker right)" % (ap_, ar, af))
    if args.show_errors:
        print()
        print("first %d of %d errors:" % (min(len(errors), args.max_errors), len(errors)))
        for e in errors[:args.max_errors]:
            print("  " + e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
