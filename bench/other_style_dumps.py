#!/usr/bin/env python3
"""Dumps of the same pages as ../shared/bench/text-dumps in another scraper's style, to check that the
text-dump road is not tuned to one style: no blank lines, '• ' before each <li>, the cells of a table
row on one line separated by tabs, and (with --wrap N) every line hard-wrapped at N characters.

Usage: other_style_dumps.py OUT_DIR [--wrap N]    (writes OUT_DIR/<dataset>--<id>.txt and .json)
The w3m style comes from ../shared/bench/make_dumps.py --w3m over the same pages.
"""
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
sys.path.insert(0, str(BENCH))
from make_dumps import SKIP, decode  # noqa: E402  (the shared dumper's decoding and skipped tags)

BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "br", "table", "ul", "ol", "section", "article",
         "header", "footer", "nav", "aside", "form", "blockquote", "pre", "dd", "dt", "dl", "hr", "main",
         "figure", "figcaption", "center", "title", "li", "tr"}


class Dump(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.skip, self.bullet, self.cells = [], [], 0, False, None

    def flush(self):
        t = re.sub(r"\s+", " ", " ".join(self.cur)).strip()
        self.cur = []
        if self.cells is not None:
            if t:
                self.cells.append(t)
            return
        if t:
            self.lines.append(("• " if self.bullet else "") + t)
        self.bullet = False

    def end_row(self):
        cells, self.cells = self.cells, None
        if cells:
            self.lines.append("\t".join(cells))

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in ("td", "th"):
            if self.cells is None:
                self.flush()
                self.cells = []
            else:
                self.flush()
        elif tag in BLOCK:
            if self.cells is not None:
                self.flush()
                self.end_row()
            self.flush()
            self.bullet = tag == "li"

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th"):
            if self.cells is not None:
                self.flush()
        elif tag in BLOCK:
            if self.cells is not None:
                self.flush()
                self.end_row()
            self.flush()

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.cur.append(data.strip())


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    wrap = int(sys.argv[sys.argv.index("--wrap") + 1]) if "--wrap" in sys.argv else 0
    for txt in sorted((BENCH / "text-dumps").glob("*.txt")):
        dataset, page = txt.stem.split("--", 1)
        d = Dump()
        d.feed(decode((BENCH / dataset / (page + ".html")).read_bytes()))
        d.flush()
        d.end_row()
        lines = d.lines
        if wrap:
            lines = [line[i:i + wrap] for line in lines for i in range(0, len(line), wrap)]
        (out / (txt.stem + ".txt")).write_text("\n".join(lines) + "\n", encoding="utf-8")
        (out / (txt.stem + ".json")).write_bytes(txt.with_suffix(".json").read_bytes())


if __name__ == "__main__":
    main()
