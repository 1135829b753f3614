package org.zhengwen.internal.html;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.zhengwen.ChromeKind;
import org.zhengwen.PageType;
import org.zhengwen.RemovedBlock;
import org.zhengwen.internal.blocks.Block;
import org.zhengwen.internal.blocks.BlockType;
import org.zhengwen.internal.classify.TeaserRuns;
import org.zhengwen.internal.text.DateTimes;
import org.zhengwen.internal.text.Texts;

/**
 * Reads the page more than one way and keeps the reading that holds the page's text. The first view
 * is the scored region ({@link RegionChooser}, cleaned by {@link RegionCleaner}). Checks follow it:
 *
 * <ul>
 *   <li>Comments holding the text: when the article region keeps little prose while far more was
 *       removed as comments, the page is a thread whose posts are named like comments, and it is
 *       read again as one.
 *   <li>A card of a list: when the region is one of several cards of one shape, each under a linked
 *       headline (a stream of other stories with long teasers), the page is read again without the
 *       list, and a region above the list that holds prose is taken instead.
 *   <li>Too little: the second view is every prose-like block outside chrome-named elements. When
 *       the region keeps under {@link #MIN_SHARE} of that prose, the region widens to the nearest
 *       ancestor that holds most of it (an article split over sibling sections, a short lead above
 *       a body in another box), and the wider reading is kept when it holds clearly more prose.
 * </ul>
 */
final class RegionReading {
  /** Share of the page's prose below which the region is suspected of holding too little. */
  static final double MIN_SHARE = 0.5;

  /** On a thread every post is the text: the region should hold nearly all of the page's prose. */
  static final double MIN_SHARE_THREAD = 0.8;

  /** Prose (weighted length) the region must be missing before a wider reading is tried. */
  static final int MIN_MISSING = 1200;

  /** The same on a thread, where one missing reply is worth reading again for. */
  static final int MIN_MISSING_THREAD = 300;

  /** Share of the page's prose the widened region must hold. */
  static final double WIDE_SHARE = 0.8;

  /** How much more prose a wider reading must keep to be taken. */
  static final double WIDER_GAIN = 1.5;

  /** The same on a thread: the region is one post, and any reply the wider reading adds is text. */
  static final double WIDER_GAIN_THREAD = 1.2;

  /** Comments must hold this many times the kept prose to turn an article into a thread. */
  static final int MIN_COMMENT_PROSE = 300;

  /**
   * Mean letters per teaser above which a list of entries is a blog index of whole posts, not a
   * list page.
   */
  static final int MAX_TEASER_LETTERS = 300;

  /**
   * Kept prose below which the article reading is taken to have failed (a page of comments only).
   */
  static final int FAILED_READING = 100;

  /**
   * Entry starts (dated lines, linked headings) in the added text that make it a list of other
   * entries.
   */
  static final int MAX_ENTRY_STARTS = 2;

  /** Longest line (weighted) taken as an entry's title-and-date line. */
  static final int ENTRY_LINE_MAX = 120;

  /** Share of the page's text at which an element named like chrome is a page wrapper instead. */
  static final double WRAPPER_SHARE = 0.4;

  /** Sibling sections of one tag and class that make an article split into sections. */
  static final int MIN_SECTIONS = 2;

  /**
   * From this many sections on, the wider reading may start up to {@link #MAX_ENTRY_STARTS}
   * entries.
   */
  static final int MIN_SECTIONS_WITH_ENTRIES = 3;

  /** How many ancestors above the region's top may be such a section. */
  static final int SECTION_LEVELS = 2;

  /** Cards of one shape, each with a linked headline, that make a list of other stories. */
  static final int MIN_CARDS = 3;

  /** Link density from which a heading is another story's linked headline. */
  static final double LINKED_HEADING = 0.9;

  /** Fewest rows of a table the article's last line announces. */
  static final int MIN_TABLE_ROWS = 3;

  /** Link density above which a table after the article is a link list, not the article's data. */
  static final double MAX_TABLE_LINK_DENSITY = 0.2;

  /** Longest attachment label ({@code 附：招生专业及考试科目}) that announces a table. */
  static final int MAX_ATTACHMENT_LABEL = 40;

  /**
   * The reading chosen: a removal reason per block (null = kept), the page type, prose share and
   * trail.
   */
  record Result(
      @Nullable RemovedBlock[] removed,
      PageType type,
      double share,
      List<String> trail,
      int keptProse,
      boolean listPage) {

    /**
     * Whether the reading kept almost no prose: the page's text may be somewhere this view cannot
     * see.
     */
    boolean failed() {
      return keptProse < FAILED_READING;
    }
  }

  private final List<RawBlock> blocks;
  private final List<ElementInfo> infos;
  private final List<String> titles;
  private final List<String> trail = new ArrayList<>();

  /** Whether figures' captions inside the region are kept (see {@link RegionCleaner}). */
  private final boolean figures;

  private RegionReading(
      List<RawBlock> blocks, List<ElementInfo> infos, List<String> titles, boolean figures) {
    this.blocks = blocks;
    this.infos = infos;
    this.titles = titles;
    this.figures = figures;
  }

  /**
   * Chooses what of the page is kept. {@code threadSignals} are the page-level thread signals
   * found; with {@code figures}, the captions of figures in the region are kept.
   */
  static Result read(
      List<RawBlock> blocks,
      List<ElementInfo> infos,
      List<String> titles,
      Set<String> threadSignals,
      boolean figures) {
    return new RegionReading(blocks, infos, titles, figures).run(threadSignals);
  }

  private Result run(Set<String> threadSignals) {
    boolean thread = !threadSignals.isEmpty();
    if (thread) {
      trail.add("thread signals: " + String.join(", ", threadSignals.stream().sorted().toList()));
    }
    ElementInfo.recomputeChrome(infos, !thread, WRAPPER_SHARE);
    RegionChooser.Region region = RegionChooser.choose(blocks, infos, thread);
    RemovedBlock[] removed = clean(region.rootOf(), region.top());
    trail.add(
        "region view: "
            + region.top()
            + (region.posts() > 1 ? " (" + region.posts() + " posts)" : ""));
    if (!thread && commentsHoldTheText(removed)) {
      trail.add(
          "the article region keeps little prose and the comments hold much more: read as a thread");
      ElementInfo.recomputeChrome(infos, false, WRAPPER_SHARE);
      thread = true;
      region = RegionChooser.choose(blocks, infos, true);
      removed = clean(region.rootOf(), region.top());
      trail.add(
          "region view: "
              + region.top()
              + (region.posts() > 1 ? " (" + region.posts() + " posts)" : ""));
    }
    boolean listPage = false;
    if (!thread && isList(removed)) {
      BitSet listed = keptSpan(removed);
      RegionChooser.Region other = RegionChooser.choose(blocks, infos, false, listed);
      RemovedBlock[] otherRemoved = clean(other.rootOf(), other.top());
      markListed(otherRemoved, listed);
      if (keptProse(otherRemoved) >= FAILED_READING && !isList(otherRemoved)) {
        trail.add("the region is a list of other stories; region view without it: " + other.top());
        region = other;
        removed = otherRemoved;
      } else if (keptProse(removed) >= MIN_SHARE * proseOutsideChrome()) {
        trail.add(
            "the region is a list of other stories, and no other region holds a story: a list page");
        listPage = true;
      } else {
        // Most of the page's prose is elsewhere, in a shape no view could take: keep the reading,
        // in doubt.
        trail.add(
            "the region reads as a list of other stories, but most of the page's prose is elsewhere");
      }
    }
    if (!thread && !listPage && region.top() != null) {
      ElementInfo list = listOfCards(region.top());
      if (list != null) {
        BitSet cards = new BitSet();
        cards.set(list.firstBlock, list.endBlock);
        RegionChooser.Region other = RegionChooser.choose(blocks, infos, false, cards);
        RemovedBlock[] otherRemoved = clean(other.rootOf(), other.top());
        markListed(otherRemoved, cards);
        // An article stands above the list of other stories under it; another card is no better.
        if (other.top() != null
            && other.top().endBlock <= list.firstBlock
            && keptProse(otherRemoved) >= FAILED_READING
            && !isList(otherRemoved)) {
          trail.add(
              "card view: the region is one card of "
                  + list
                  + ", a list of linked headlines; region view without it: "
                  + other.top());
          region = other;
          removed = otherRemoved;
        }
      }
    }
    int prose = proseOutsideChrome();
    int kept = keptProse(removed);
    boolean proseViewWidened = false;
    double minShare = thread ? MIN_SHARE_THREAD : MIN_SHARE;
    int minMissing = thread ? MIN_MISSING_THREAD : MIN_MISSING;
    if (region.top() != null && kept < minShare * prose && prose - kept >= minMissing) {
      ElementInfo wide = widened(region.top(), prose, thread);
      // On a thread, dated entries are the posts: all of them are text.
      int entries = wide == null || thread ? 0 : entryStarts(wide, removed);
      if (entries > MAX_ENTRY_STARTS) {
        trail.add(
            "prose view: "
                + wide
                + " holds more text, but as "
                + entries
                + " dated or linked entries"
                + " (a list of other posts): region kept");
      } else if (wide != null) {
        RemovedBlock[] wider = clean(marked(wide), wide);
        int keptWide = keptProse(wider);
        if (keptWide >= (thread ? WIDER_GAIN_THREAD : WIDER_GAIN) * kept) {
          trail.add(
              "prose view: the region kept "
                  + kept
                  + " of "
                  + prose
                  + " prose; widened to "
                  + wide
                  + ", which keeps "
                  + keptWide);
          removed = wider;
          kept = keptWide;
          proseViewWidened = true;
        } else {
          trail.add(
              "prose view: widening to "
                  + wide
                  + " kept "
                  + keptWide
                  + ", not enough; region kept");
        }
      }
    }
    if (!thread && !listPage && region.top() != null && !proseViewWidened) {
      Sections sections = sections(region.top());
      if (sections != null
          && entryStarts(sections.parent(), removed) <= sections.entriesAllowed()) {
        RemovedBlock[] wider = clean(marked(sections.parent()), sections.parent());
        int keptWide = keptProse(wider);
        if (keptWide >= WIDER_GAIN * kept) {
          trail.add(
              "section view: the region is one of "
                  + sections.count()
                  + " sections of one shape; widened to "
                  + sections.parent()
                  + ", which keeps "
                  + keptWide
                  + " prose against "
                  + kept);
          removed = wider;
          kept = keptWide;
        }
      }
    }
    if (!thread && !listPage) {
      kept += keepAnnouncedTable(removed);
    }
    double share = prose == 0 ? (kept > 0 ? 1 : 0) : Math.min(1, (double) kept / prose);
    boolean isThread = thread && (region.posts() > 1 || keptBlocks(removed) > 1);
    return new Result(
        removed,
        isThread ? PageType.THREAD : PageType.ARTICLE,
        share,
        List.copyOf(trail),
        kept,
        listPage);
  }

  /**
   * Table view: the article's last kept line announces what follows ({@code 附：招生专业及考试科目}, {@code
   * The results were as follows:}) and the next block starts a data table outside the region (a
   * notice's list of posts, an exam's subjects, a result sheet): the table is the article's own,
   * and is read with it, cleaned like the region. Returns the prose it adds.
   */
  private int keepAnnouncedTable(RemovedBlock[] removed) {
    int last = -1;
    for (int i = 0; i < removed.length; i++) {
      last = removed[i] == null ? i : last;
    }
    if (last < 0 || last + 1 >= blocks.size() || !announcesWhatFollows(blocks.get(last).text)) {
      return 0;
    }
    ElementInfo table = tableStartingAt(last + 1);
    if (table == null || !isDataTable(table)) {
      return 0;
    }
    RemovedBlock[] inTable = clean(marked(table), table);
    int added = 0;
    for (int i = table.firstBlock; i < table.endBlock; i++) {
      if (removed[i] != null && inTable[i] == null) {
        removed[i] = null;
        added += RegionChooser.looksLikeProse(blocks.get(i)) ? blocks.get(i).proseLength() : 0;
      }
    }
    trail.add("table view: the last line announces the table " + table + ", read with the article");
    return added;
  }

  /** A line ending in a colon, or a short attachment label ({@code 附：}, {@code 附表}, {@code 附件}). */
  private static boolean announcesWhatFollows(String text) {
    String t = Texts.trimPad(text);
    if (t.isEmpty()) {
      return false;
    }
    char end = t.charAt(t.length() - 1);
    return end == ':'
        || end == '：'
        || t.length() <= MAX_ATTACHMENT_LABEL
            && t.startsWith("附")
            && t.length() > 1
            && "：:表件录".indexOf(t.charAt(1)) >= 0;
  }

  /** The outermost {@code <table>} whose first block is {@code first}, or null. */
  private @Nullable ElementInfo tableStartingAt(int first) {
    ElementInfo found = null;
    for (ElementInfo e = blocks.get(first).owner;
        e != null && e.firstBlock == first;
        e = e.parent) {
      if (e.tag.equals("table")) {
        found = e;
      }
    }
    return found;
  }

  /**
   * A table of data, not of layout or links: not named like chrome, no table inside it, at least
   * {@link #MIN_TABLE_ROWS} rows, and few of its letters in links.
   */
  private boolean isDataTable(ElementInfo table) {
    return table.negativeAncestor == null
        && table.element.getElementsByTag("table").size() == 1 // itself only: no layout grid
        && table.element.select("tr").size() >= MIN_TABLE_ROWS
        && table.chars > 0
        && table.linkDensity() <= MAX_TABLE_LINK_DENSITY;
  }

  private RemovedBlock[] clean(@Nullable ElementInfo[] rootOf, @Nullable ElementInfo top) {
    return RegionCleaner.clean(blocks, infos, rootOf, top, titles, figures);
  }

  private boolean commentsHoldTheText(RemovedBlock[] removed) {
    int comments = 0;
    for (int i = 0; i < blocks.size(); i++) {
      RawBlock b = blocks.get(i);
      if (removed[i] != null
          && removed[i].reason() == ChromeKind.COMMENT
          && RegionChooser.looksLikeProse(b)) {
        comments += b.proseLength();
      }
    }
    return comments >= MIN_COMMENT_PROSE && keptProse(removed) < FAILED_READING;
  }

  /**
   * Prose of the blocks outside any chrome-named element: what a reader would call the page's text.
   */
  private int proseOutsideChrome() {
    return proseOutsideChrome(0, blocks.size());
  }

  private int keptProse(RemovedBlock[] removed) {
    int total = 0;
    for (int i = 0; i < blocks.size(); i++) {
      if (removed[i] == null && RegionChooser.looksLikeProse(blocks.get(i))) {
        total += blocks.get(i).proseLength();
      }
    }
    return total;
  }

  private int keptBlocks(RemovedBlock[] removed) {
    int n = 0;
    for (RemovedBlock r : removed) {
      n += r == null ? 1 : 0;
    }
    return n;
  }

  /**
   * Sibling sections of one shape and their parent. With only two, an article and the next one in
   * the same template (an endless scroll) look alike, so two sections may add no entry start at
   * all: no dated line, no linked heading.
   */
  private record Sections(ElementInfo parent, int count) {
    int entriesAllowed() {
      return count >= MIN_SECTIONS_WITH_ENTRIES ? MAX_ENTRY_STARTS : 0;
    }
  }

  /**
   * The sections the region's top (or one of up to {@link #SECTION_LEVELS} ancestors) belongs to:
   * at least {@link #MIN_SECTIONS} siblings sharing its tag and class and holding prose, a how-to's
   * steps or an article's blocks between ads, of which the region took one; null when there are
   * none. Never the body.
   */
  private @Nullable Sections sections(ElementInfo top) {
    ElementInfo n = top;
    for (int up = 0; up <= SECTION_LEVELS && n.parent != null && n.parent.parent != null; up++) {
      String cls = Attrs.get(n.element, "class");
      if (!cls.isEmpty()) {
        int same = 0;
        for (ElementInfo s : n.parent.children) {
          boolean sameShape = s.tag.equals(n.tag) && Attrs.get(s.element, "class").equals(cls);
          same += sameShape && proseWithin(s) > 0 ? 1 : 0;
        }
        if (same >= MIN_SECTIONS) {
          return new Sections(n.parent, same);
        }
      }
      n = n.parent;
    }
    return null;
  }

  /** The nearest ancestor of {@code top} holding {@link #WIDE_SHARE} of the page's prose. */
  private @Nullable ElementInfo widened(ElementInfo top, int prose, boolean thread) {
    // An article never widens to the whole page; a thread may, when its posts hang from the body.
    for (ElementInfo a = top.parent; a != null && (thread || a.parent != null); a = a.parent) {
      if (proseWithin(a) >= WIDE_SHARE * prose) {
        return a;
      }
    }
    return null;
  }

  /**
   * Lines in {@code wide} but outside the kept region that start an entry of their own: a short
   * line with a date (a post's title and time) or a heading that is a link (a teaser's title).
   */
  private int entryStarts(ElementInfo wide, RemovedBlock[] removed) {
    int n = 0;
    for (int i = wide.firstBlock; i < wide.endBlock; i++) {
      RawBlock b = blocks.get(i);
      if (removed[i] == null || b.owner.negativeAncestor != null) {
        continue;
      }
      boolean linkedHeading = b.type == BlockType.HEADING && b.linkDensity() > 0.8;
      boolean datedLine =
          b.weightedLength() <= ENTRY_LINE_MAX && DateTimes.find(b.text).isPresent();
      n += linkedHeading || datedLine ? 1 : 0;
    }
    return n;
  }

  private int proseWithin(ElementInfo a) {
    return proseOutsideChrome(a.firstBlock, a.endBlock);
  }

  /** {@link #proseOutsideChrome()} of the blocks from {@code from} to {@code end} (exclusive). */
  private int proseOutsideChrome(int from, int end) {
    int total = 0;
    for (int i = from; i < end; i++) {
      RawBlock b = blocks.get(i);
      if (b.owner.negativeAncestor == null && RegionChooser.looksLikeProse(b)) {
        total += b.proseLength();
      }
    }
    return total;
  }

  /**
   * Whether the kept region, read with the link lines the cleaner removed from it, is a run of
   * teasers from its first line on: headlines linking elsewhere, each with a summary, and no story
   * of its own.
   */
  private boolean isList(RemovedBlock[] removed) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (removed[i] == null) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return false;
    }
    List<Block> span = new ArrayList<>();
    for (int i = Math.max(0, first - 1); i <= last; i++) {
      RawBlock b = blocks.get(i);
      if (removed[i] == null
          || removed[i].reason() == ChromeKind.RELATED && b.owner.negativeAncestor == null) {
        span.add(new Block(b.text, b.type, b.linkDensity(), i));
      }
    }
    if (span.isEmpty() || TeaserRuns.start(span, 0) != 0) {
      return false;
    }
    // Teasers are short; a blog index whose entries run to full posts gives its first post instead.
    int letters = 0;
    int openers = 0;
    for (Block b : span) {
      letters += TeaserRuns.isOpener(b) ? 0 : Texts.letterCount(b.text());
      openers += TeaserRuns.isOpener(b) ? 1 : 0;
    }
    return letters <= MAX_TEASER_LETTERS * openers;
  }

  /**
   * The list the region is one card of, or null: the region (or the element it sits alone in) has
   * at least {@link #MIN_CARDS} − 1 siblings of its tag and (mostly) its class names, and it and
   * they each hold a heading that is all link — another story's headline over its teaser.
   */
  private @Nullable ElementInfo listOfCards(ElementInfo top) {
    for (ElementInfo card = top; card.parent != null; card = card.parent) {
      ElementInfo parent = card.parent;
      if (!card.element.className().isEmpty()
          && hasLinkedHeading(card)
          && sameCards(parent, card) >= MIN_CARDS) {
        return parent;
      }
      if (parent.chars != card.chars) {
        return null;
      }
    }
    return null;
  }

  /**
   * Children of {@code parent} of the card's tag and (mostly) its class names that hold a linked
   * headline: the first card may carry a modifier ({@code card card--featured}).
   */
  private int sameCards(ElementInfo parent, ElementInfo card) {
    int n = 0;
    for (ElementInfo s : parent.children) {
      if (s.tag.equals(card.tag)
          && RegionChooser.similarNames(s.element.classNames(), card.element.classNames())
          && hasLinkedHeading(s)) {
        n++;
      }
    }
    return n;
  }

  /** Whether one of the element's blocks is a heading that is all link. */
  private boolean hasLinkedHeading(ElementInfo e) {
    for (int i = e.firstBlock; i < e.endBlock; i++) {
      RawBlock b = blocks.get(i);
      if (b.type == BlockType.HEADING && b.linkDensity() >= LINKED_HEADING) {
        return true;
      }
    }
    return false;
  }

  /** The blocks from the first kept one to the last. */
  private BitSet keptSpan(RemovedBlock[] removed) {
    BitSet span = new BitSet();
    int first = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (removed[i] == null) {
        first = first < 0 ? i : first;
        span.set(first, i + 1);
      }
    }
    return span;
  }

  /** Blocks of a region judged a list of other stories stay out of any later reading. */
  private void markListed(RemovedBlock[] removed, BitSet listed) {
    for (int i = listed.nextSetBit(0); i >= 0; i = listed.nextSetBit(i + 1)) {
      if (removed[i] == null) {
        removed[i] =
            new RemovedBlock(ChromeKind.RELATED, "list of other stories", blocks.get(i).text);
      }
    }
  }

  private @Nullable ElementInfo[] marked(ElementInfo root) {
    ElementInfo[] rootOf = new ElementInfo[blocks.size()];
    for (int i = root.firstBlock; i < root.endBlock; i++) {
      rootOf[i] = root;
    }
    return rootOf;
  }
}
