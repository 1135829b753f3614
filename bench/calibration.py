#!/usr/bin/env python3
"""Is Extracted.confidence() calibrated? Mean body F1 per confidence band, per corpus.

    bench/calibration.py CLI_JAR CORPUS_DIR [CORPUS_DIR ...]

Runs the CLI over each corpus's <id>.html (or <id>.txt) pages, scores each page's body against its
<id>.json answer with the bench scorer's tokens (one CJK character, or a maximal run of other letters
and digits, lower-cased) and prints, per corpus and over all pages, the mean F1 and page count per
confidence band, and the share of pages under F1 0.5 that fall in the lowest band. A rejected page
counts as confidence 0 and F1 0. Standard library only.
"""
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter

BANDS = [(0.0, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)]
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
_TOKEN = re.compile(r"[" + _CJK + r"]|[^\W_" + _CJK + r"]+")


def tokens(text):
    return [t.lower() for t in _TOKEN.findall(unicodedata.normalize("NFKC", text or ""))]


def f1(extracted, truth):
    e, t = Counter(tokens(extracted)), Counter(tokens(truth))
    common = sum((e & t).values())
    if not e or not t or not common:
        return 0.0
    p, r = common / sum(e.values()), common / sum(t.values())
    return 2 * p * r / (p + r)


def run(jar, corpus):
    pages = sorted(f for f in os.listdir(corpus) if f.endswith((".html", ".txt")))
    out = subprocess.run(["java", "-jar", jar, "--threads", "2"] + [os.path.join(corpus, p) for p in pages],
                         capture_output=True, text=True, encoding="utf-8").stdout
    rows = []
    for line in out.splitlines():
        rec = json.loads(line)
        answer = os.path.splitext(rec["input"])[0] + ".json"
        truth = json.load(open(answer, encoding="utf-8")).get("body") or ""
        if not truth.strip():
            continue
        ok = rec.get("status") == "ok"
        body = "\n".join(rec.get("paragraphs") or []) if ok else ""
        rows.append((rec.get("confidence", 0.0) if ok else 0.0, f1(body, truth)))
    return rows


def table(name, rows):
    cells = []
    for lo, hi in BANDS:
        band = [f for c, f in rows if lo <= c < hi]
        cells.append(f"{sum(band) / len(band):.3f} ({len(band)})" if band else "— (0)")
    bad = [c for c, f in rows if f < 0.5]
    low = sum(1 for c in bad if c < BANDS[0][1])
    share = f"{low}/{len(bad)}" if bad else "0/0"
    mean = sum(f for _, f in rows) / len(rows) if rows else 0
    print(f"| {name} | {len(rows)} | {mean:.3f} | " + " | ".join(cells) + f" | {share} |")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    jar, corpora = sys.argv[1], sys.argv[2:]
    heads = " | ".join(f"F1 at [{lo}, {min(hi, 1.0)}{']' if hi > 1 else ')'}" for lo, hi in BANDS)
    print(f"| corpus | pages | mean F1 | {heads} | F1<0.5 in lowest band |")
    print("|---|---:|---:|" + "---:|" * len(BANDS) + "---:|")
    everything = []
    for corpus in corpora:
        rows = run(jar, corpus)
        everything += rows
        table(os.path.basename(os.path.normpath(corpus)), rows)
    table("all", everything)


if __name__ == "__main__":
    main()
