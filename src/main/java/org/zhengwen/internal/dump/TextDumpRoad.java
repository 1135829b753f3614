package org.zhengwen.internal.dump;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhengwen.ChromeKind;
import org.zhengwen.Encoding;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.InputKind;
import org.zhengwen.PageHints;
import org.zhengwen.PageType;
import org.zhengwen.RemovedBlock;
import org.zhengwen.internal.assemble.ArticleAssembler;
import org.zhengwen.internal.blocks.Block;
import org.zhengwen.internal.blocks.PageBlocks;
import org.zhengwen.internal.blocks.PageMetadata;
import org.zhengwen.internal.classify.Verdict;
import org.zhengwen.internal.text.Texts;
import org.zhengwen.internal.text.TitleKeys;

/**
 * The text-dump road after splitting: profile the lines, find the article region, hand its lines to
 * the assembler (lines outside it are removed with their chrome reason, or as boilerplate), and
 * check the result against a simpler view of the same region. Stateless and thread-safe.
 */
public final class TextDumpRoad {
  /** Below this share of the region's article-like letters the assembled article lost too much. */
  private static final double PLAUSIBLE_SHARE = 0.6;

  /**
   * Below this share of article-like letters among all letters outside chrome, a dump is a list
   * page.
   */
  private static final double LIST_PAGE_SHARE = 0.1;

  private TextDumpRoad() {}

  /** The article of a dump split into lines, or why there is none. */
  public static ExtractionResult assemble(
      PageBlocks page, Optional<Encoding> encoding, PageHints hints) {
    return inPageOrder(assembleWithRegion(page, encoding, hints).result(), page.blocks());
  }

  /**
   * The result with its removed blocks in page order, as the line-by-line road listed them: lines
   * outside the region are removed before the assembler sees the rest, so the list comes in two
   * runs.
   */
  static ExtractionResult inPageOrder(ExtractionResult result, List<Block> blocks) {
    if (!(result instanceof Extracted e)) {
      return result;
    }
    Map<String, ArrayDeque<Integer>> positions = new HashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      positions.computeIfAbsent(blocks.get(i).text(), k -> new ArrayDeque<>()).add(i);
    }
    List<RemovedBlock> removed = new ArrayList<>(e.removed());
    Map<RemovedBlock, Integer> at = new IdentityHashMap<>();
    for (RemovedBlock r : removed) {
      ArrayDeque<Integer> q = positions.get(r.text());
      at.put(r, q == null || q.isEmpty() ? Integer.MAX_VALUE : q.poll());
    }
    removed.sort(Comparator.comparing(at::get));
    return new Extracted(e.article(), e.inputKind(), removed, e.confidence(), e.decisions());
  }

  /** The result and the region it came from (region exposed for tests and a later confidence). */
  static Outcome assembleWithRegion(PageBlocks page, Optional<Encoding> encoding, PageHints hints) {
    List<Block> blocks = page.blocks();
    LineProfile profile = new LineProfile(blocks);
    DumpRegion region = DumpRegionFinder.find(profile, blocks);
    if (isListPage(profile) && !(region.anchored() && !region.isEmpty())) {
      // Short lines carry the page (an agenda, a table of contents): no stretch of paragraphs to
      // find,
      // so every line that is not chrome by itself stays. Text under a date or source line is an
      // article's head, however short the article beside its teaser lists.
      DumpRegion whole =
          new DumpRegion(0, blocks.size(), region.score(), 1.0, region.anchored(), -1);
      return new Outcome(
          lineByLine(regionPage(page, profile, whole, true), encoding, hints), whole);
    }
    if (region.isEmpty()) {
      // Nothing reads as article text: the line-by-line road decides (short notices, error stubs).
      return new Outcome(lineByLine(page, encoding, hints), region);
    }
    return new Outcome(plausible(page, profile, region, encoding, hints), region);
  }

  /**
   * The region's article, checked against simpler views: when the marker rules threw away most of
   * the region's article-like text (a related heading above the article's long paragraphs), the
   * view with chrome lines out but no marker reaching past its own line; when neither view gives an
   * article (its lines all read as title and deck), the line-by-line road over the whole dump.
   */
  private static ExtractionResult plausible(
      PageBlocks page,
      LineProfile profile,
      DumpRegion region,
      Optional<Encoding> encoding,
      PageHints hints) {
    ExtractionResult full = lineByLine(regionPage(page, profile, region, false), encoding, hints);
    if (articleLetters(full) >= articleLetters(profile, region) * PLAUSIBLE_SHARE) {
      return full;
    }
    ExtractionResult simple = lineByLine(regionPage(page, profile, region, true), encoding, hints);
    ExtractionResult better = articleLetters(simple) > articleLetters(full) ? simple : full;
    return better instanceof Extracted ? better : lineByLine(page, encoding, hints);
  }

  private static ExtractionResult lineByLine(
      PageBlocks blocks, Optional<Encoding> encoding, PageHints hints) {
    return ArticleAssembler.assemble(blocks, InputKind.TEXT, encoding, hints);
  }

  /**
   * Whether article-like lines hold only a small share of the letters outside chrome. Menus
   * flattened into one line count as chrome: a list page's items stand one a line.
   */
  private static boolean isListPage(LineProfile p) {
    long article = 0;
    long other = 0;
    for (int i = 0; i < p.size(); i++) {
      if (p.articleLike[i]) {
        article += p.letters[i];
      } else if (p.chrome[i] == null && !p.joined[i]) {
        other += p.letters[i];
      }
    }
    return article < (article + other) * LIST_PAGE_SHARE;
  }

  /** A result and the region behind it. */
  record Outcome(ExtractionResult result, DumpRegion region) {}

  /**
   * The region's lines as the assembler's page: lines outside it, and dump-only chrome inside it
   * (or, for the simpler view, every chrome line inside it), go to the removed list.
   */
  private static PageBlocks regionPage(
      PageBlocks page, LineProfile p, DumpRegion region, boolean simple) {
    List<Block> blocks = page.blocks();
    List<Block> kept = new ArrayList<>();
    List<RemovedBlock> removed = new ArrayList<>(page.removed());
    String title = region.title() >= 0 ? blocks.get(region.title()).text() : null;
    String titleKey = title == null ? "" : TitleKeys.key(title);
    Set<String> paragraphs = new HashSet<>();
    Verdict tail = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      boolean inside = i >= region.start() && i < region.end();
      boolean isTitle = TitleKeys.isRepeat(b.text(), titleKey);
      if (inside && region.thread() && p.postHeader[i]) {
        removed.add(
            new RemovedBlock(ChromeKind.METADATA, "post header (poster, floor, time)", b.text()));
      } else if (inside && p.articleLike[i] && !isTitle && !paragraphs.add(b.text())) {
        // Pages that hold the article twice (a print or mobile copy) dump it twice.
        removed.add(
            new RemovedBlock(ChromeKind.BOILERPLATE, "repeats a paragraph above", b.text()));
      } else if (inside
          && !(region.thread() && i > 0 && p.postHeader[i - 1]) // a reply of a few words
          && p.chrome[i] == null
          && p.inShortRun[i]
          && i != region.title()) {
        removed.add(
            new RemovedBlock(
                ChromeKind.BOILERPLATE, "in a run of very short lines (buttons, links)", b.text()));
      } else if (inside
          && (p.chrome[i] == null || !p.dumpOnly[i] && !(simple && p.isTailChrome(i)))) {
        kept.add(b);
      } else if (p.chrome[i] != null && !(p.dumpOnly[i] && tail != null && !inside)) {
        Verdict v = p.chrome[i];
        removed.add(new RemovedBlock(v.kind(), v.detail(), b.text()));
        tail = i >= region.end() && p.isTailChrome(i) ? v : tail;
      } else if (isTitle) {
        removed.add(
            new RemovedBlock(ChromeKind.DUPLICATE_TITLE, "same text as the title", b.text()));
      } else {
        removed.add(outside(b.text(), i < region.start() ? region.title() >= 0 : null, tail));
      }
    }
    // The title line the region found tells the assembler which line heads the article.
    PageMetadata meta = page.metadata();
    if (title != null && meta.titles().isEmpty()) {
      meta =
          new PageMetadata(
              List.of(title),
              meta.published(),
              meta.authors(),
              meta.source(),
              meta.url(),
              meta.language(),
              meta.articleBody(),
              meta.schemaTypes(),
              meta.generator(),
              meta.details());
    }
    String decision =
        "dump region: lines "
            + (region.start() + 1)
            + "–"
            + region.end()
            + " of "
            + blocks.size()
            + (region.anchored() ? ", under a date or source line" : "")
            + (region.thread() ? ", a thread's posts by their headers" : "")
            + (simple ? "; chrome lines out, no marker reaching past its own line" : "");
    return new PageBlocks(
        kept,
        removed,
        meta,
        region.thread() ? PageType.THREAD : PageType.ARTICLE,
        region.share(),
        List.of(decision),
        List.of(),
        false);
  }

  /**
   * Why a line outside the region is removed, in the words the line-by-line road used: text above
   * the article is header ({@code aboveTitle} null for text below the region), text after a
   * related/comment marker belongs to it, the rest is boilerplate.
   */
  private static RemovedBlock outside(String text, Boolean aboveTitle, Verdict tail) {
    if (aboveTitle != null) {
      return new RemovedBlock(
          ChromeKind.HEADER, aboveTitle ? "before the title" : "above the article region", text);
    }
    if (tail != null) {
      return new RemovedBlock(tail.kind(), "after " + tail.detail(), text);
    }
    return new RemovedBlock(ChromeKind.BOILERPLATE, "outside the article region of the dump", text);
  }

  private static int articleLetters(LineProfile p, DumpRegion region) {
    int n = 0;
    for (int i = region.start(); i < region.end(); i++) {
      n += p.articleLike[i] ? p.letters[i] : 0;
    }
    return n;
  }

  private static int articleLetters(ExtractionResult r) {
    if (!(r instanceof Extracted e)) {
      return 0;
    }
    int n = 0;
    for (String para : e.article().paragraphs()) {
      int letters = LineProfile.weightedLetters(para);
      n += LineProfile.isArticleLike(para, letters, Texts.sentencePunctCount(para)) ? letters : 0;
    }
    return n;
  }
}
