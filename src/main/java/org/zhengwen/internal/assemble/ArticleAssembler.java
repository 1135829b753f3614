package org.zhengwen.internal.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.jspecify.annotations.Nullable;
import org.zhengwen.Article;
import org.zhengwen.ChromeKind;
import org.zhengwen.Encoding;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.InputKind;
import org.zhengwen.PageHints;
import org.zhengwen.PageType;
import org.zhengwen.PublishedDate;
import org.zhengwen.Rejected;
import org.zhengwen.RejectionReason;
import org.zhengwen.RemovedBlock;
import org.zhengwen.internal.blocks.Block;
import org.zhengwen.internal.blocks.BlockType;
import org.zhengwen.internal.blocks.PageBlocks;
import org.zhengwen.internal.blocks.PageMetadata;
import org.zhengwen.internal.blocks.Shape;
import org.zhengwen.internal.classify.LineRules;
import org.zhengwen.internal.classify.MetadataLine;
import org.zhengwen.internal.classify.MetadataLines;
import org.zhengwen.internal.classify.NotNames;
import org.zhengwen.internal.classify.PostHeaders;
import org.zhengwen.internal.classify.TeaserRuns;
import org.zhengwen.internal.classify.Verdict;
import org.zhengwen.internal.text.DateTimes;
import org.zhengwen.internal.text.Languages;
import org.zhengwen.internal.text.PinyinGlosses;
import org.zhengwen.internal.text.Texts;
import org.zhengwen.internal.text.TitleKeys;

/**
 * The last stage: reads the classified blocks as a page is laid out — chrome, then the title, then
 * a header of metadata and deck lines, then the body until chrome takes over — and builds the
 * Article. Stateless and thread-safe; one {@link Run} per page holds the page's state.
 */
public final class ArticleAssembler {
  /**
   * Chrome that, once the body has begun, means the article is over: what follows is more chrome.
   */
  /** Letters of body text after which a headline over its own byline and date is a next article. */
  private static final int NEXT_ARTICLE_AFTER = 600;

  /** How many blocks under such a headline its byline may stand. */
  private static final int NEXT_ARTICLE_BYLINE_REACH = 2;

  private static final Verdict POST_HEADER =
      new Verdict(ChromeKind.METADATA, "post header (poster, floor, time)");

  private static final Set<ChromeKind> TAIL_KINDS =
      EnumSet.of(
          ChromeKind.RELATED,
          ChromeKind.PAGER,
          ChromeKind.COMMENT,
          ChromeKind.DISCLAIMER,
          ChromeKind.COPYRIGHT);

  private static final Set<ChromeKind> THREAD_TAIL_KINDS =
      EnumSet.of(ChromeKind.RELATED, ChromeKind.PAGER, ChromeKind.DISCLAIMER, ChromeKind.COPYRIGHT);

  /** How far into the page the title and its metadata are looked for. */
  private static final int HEAD_WINDOW = 40;

  private static final int TITLE_MAX = 100;

  /** How many of the body's last paragraphs may be an author's name or bio. */
  private static final int BIO_TAIL = 3;

  /**
   * After the author's name, what starts a sentence about them: an optional address in brackets,
   * then a verb of being or of writing.
   */
  private static final Pattern BIO_VERB =
      Pattern.compile(
          "(?:\\s*\\([^)]{1,60}\\))?\\s+(?:is|was|writes|covers|has been|has written)\\s");

  private static final int SUBTITLE_MAX = 60;
  private static final int MAX_SUBTITLE_LINES = 3;

  /** Letters of possible body text allowed above the block taken for the title. */
  private static final int MAX_TEXT_BEFORE_TITLE = 200;

  /** Letters of a line with sentence punctuation that make it a sentence, not a kicker. */
  private static final int MIN_SENTENCE_LETTERS = 20;

  private ArticleAssembler() {}

  /** Builds the article from a page's blocks, or says why there is none. */
  public static ExtractionResult assemble(
      PageBlocks page, InputKind kind, Optional<Encoding> encoding, PageHints hints) {
    return assemble(page, kind, encoding, hints, false);
  }

  /**
   * As {@link #assemble(PageBlocks, InputKind, Optional, PageHints)}; with {@code figures}, the
   * text of a figure that shows an image is its caption and credit, never a caption or metadata
   * line to remove.
   */
  public static ExtractionResult assemble(
      PageBlocks page,
      InputKind kind,
      Optional<Encoding> encoding,
      PageHints hints,
      boolean figures) {
    return new Run(page, kind, encoding, hints, figures).assemble();
  }

  private static final class Run {
    private final List<Block> blocks;
    private final PageMetadata meta;
    private final PageBlocks page;

    /**
     * Chrome that ends the body here: on a thread, comment markers stand between posts, not after
     * them.
     */
    private final Set<ChromeKind> tailKinds;

    private boolean titleInPage;
    private boolean listPage;
    private final InputKind kind;
    private final Optional<Encoding> encoding;
    private final PageHints hints;
    private final Verdict[] chrome;
    private final MetadataLine[] metaLines;
    private final List<RemovedBlock> removed = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();

    /** The same paragraphs grouped into typed blocks, built alongside. */
    private final BodyBuilder body = new BodyBuilder();

    /** The block each entry of {@code paragraphs} was read from. */
    private final List<Integer> paragraphBlocks = new ArrayList<>();

    private @Nullable String title;

    /** The title's {@link TitleKeys#key}, for spotting repeats; empty when there is no title. */
    private String titleKey = "";

    private final List<String> subtitle = new ArrayList<>();
    private @Nullable PublishedDate published;

    /**
     * The date of the first line that says it is a revision ({@code Last updated …}): the
     * publication date only when neither another line nor the page's metadata gives one.
     */
    private @Nullable PublishedDate revised;

    private @Nullable String source;
    private final List<String> authors = new ArrayList<>();
    private @Nullable String editor;
    private boolean sawErrorStub;
    private @Nullable Set<LocalDate> pageDates;

    Run(
        PageBlocks page,
        InputKind kind,
        Optional<Encoding> encoding,
        PageHints hints,
        boolean figures) {
      this.blocks = page.blocks();
      this.meta = page.metadata();
      this.page = page;
      this.tailKinds = page.pageType() == PageType.THREAD ? THREAD_TAIL_KINDS : TAIL_KINDS;
      this.kind = kind;
      this.encoding = encoding;
      this.hints = hints;
      this.removed.addAll(page.removed());
      int n = blocks.size();
      this.chrome = new Verdict[n];
      this.metaLines = new MetadataLine[n];
      for (int i = 0; i < n; i++) {
        String text = blocks.get(i).text();
        chrome[i] = LineRules.chrome(text).orElse(null);
        if (chrome[i] == null || chrome[i].kind() == ChromeKind.NAVIGATION) {
          // A byline such as "记者 王小明 通讯员 李华" has the shape of a menu line; its labels say
          // otherwise.
          metaLines[i] = MetadataLines.parse(text).orElse(null);
          if (metaLines[i] != null) {
            chrome[i] = null;
          }
        }
        if (isPostHeader(i, text)) {
          chrome[i] = POST_HEADER;
          metaLines[i] = null;
        }
        if (figures && blocks.get(i).shape() instanceof Shape.Figure) {
          keepAsFigureText(i);
        }
        if (chrome[i] != null && chrome[i].kind() == ChromeKind.ERROR_STUB) {
          sawErrorStub = true;
        }
      }
      for (RemovedBlock r : page.removed()) {
        sawErrorStub |= r.reason() == ChromeKind.ERROR_STUB;
      }
    }

    /**
     * A figure's text, when figures are asked for, is its caption and credit, as the region's
     * cleaner kept it: a credit line ({@code Photo: X}, {@code © X/Agency}) names who made the
     * image, not the article's author or source, nor the page's copyright, so it is neither removed
     * as a caption or copyright line (which would also end the body) nor read as metadata.
     */
    private void keepAsFigureText(int i) {
      Verdict v = chrome[i];
      if (v != null && (v.kind() == ChromeKind.CAPTION || v.kind() == ChromeKind.COPYRIGHT)) {
        chrome[i] = null;
      }
      metaLines[i] = null;
    }

    /**
     * On a thread, a post's header line (floor number or "posted" word with a time) is the post's
     * chrome, not its text; a labelled byline (作者, 来源) stays a metadata line.
     */
    private boolean isPostHeader(int i, String text) {
      return page.pageType() == PageType.THREAD
          && chrome[i] == null
          && (metaLines[i] == null || metaLines[i].isBareDate())
          && PostHeaders.isHeader(text, Texts.letterCount(text));
    }

    ExtractionResult assemble() {
      int titleIndex = findTitle();
      title =
          titleIndex >= 0
              ? headline(clean(blocks.get(titleIndex).text()))
              : metadataTitle().orElse(null);
      titleKey = title == null ? "" : TitleKeys.key(title);
      for (int i = 0; i < Math.max(titleIndex, 0); i++) {
        removeBeforeTitle(i);
      }
      if (titleIndex >= 0) {
        titleInPage = true;
        remove(ChromeKind.TITLE, "title", titleIndex);
      }
      int bodyStart = readHeader(titleIndex + 1, titleIndex >= 0);
      readBody(bodyStart);
      fillFromPageMetadata();
      dropAuthorBio();
      for (int k = 0; k < paragraphs.size(); k++) {
        body.add(paragraphs.get(k), blocks.get(paragraphBlocks.get(k)).shape());
      }
      return result();
    }

    // ---- title -------------------------------------------------------------------------------

    private int findTitle() {
      Optional<String> fromMeta = metadataTitle();
      int window = Math.min(blocks.size(), HEAD_WINDOW);
      if (fromMeta.isPresent()) {
        String want = TitleKeys.key(fromMeta.get());
        int textBefore = 0;
        for (int i = 0; i < window && textBefore <= MAX_TEXT_BEFORE_TITLE; i++) {
          if (chrome[i] != null) {
            continue;
          }
          String key = TitleKeys.key(blocks.get(i).text());
          if (TitleKeys.sameTitle(key, want) || TitleKeys.isHeadOf(key, fromMeta.get())) {
            return i;
          }
          if (metaLines[i] == null) {
            textBefore += Texts.letterCount(blocks.get(i).text());
          }
        }
        // Not found near the top: a match further down is a heading inside the body (a recipe card
        // named like the page), and treating all before it as header would drop the article.
        return -1;
      }
      int firstMeta = firstDatedMetadata(window);
      if (firstMeta >= 0) {
        for (int i = firstMeta - 1; i >= 0; i--) {
          if (isTitleLike(i)) {
            return i;
          }
        }
        return -1;
      }
      if (kind == InputKind.TEXT && page.pageType() == PageType.THREAD) {
        // A dump's thread region opens with its first post: the first line is a post's, not a
        // headline (the region finder names a headline above the posts when there is one).
        return -1;
      }
      // A title stands above the text, not under a sentence or a paragraph of it.
      int textBefore = 0;
      for (int i = 0, seen = 0;
          i < window && seen < 3 && textBefore <= MAX_TEXT_BEFORE_TITLE;
          i++) {
        if (chrome[i] != null || metaLines[i] != null) {
          continue;
        }
        seen++;
        if (isTitleLike(i)
            && (kind == InputKind.TEXT || blocks.get(i).type() == BlockType.HEADING)
            && hasContentAfter(i)) {
          return i;
        }
        String t = blocks.get(i).text();
        int letters = Texts.letterCount(t);
        if (letters >= MIN_SENTENCE_LETTERS && Texts.sentencePunctCount(t) > 0) {
          break;
        }
        textBefore += letters;
      }
      return -1;
    }

    /**
     * The headline as the page shows it, unless the page's metadata says the same words with the
     * punctuation the page's layout shows only by styling: a kicker and a title in two spans of one
     * heading lose the colon between them ({@code Kicker Title} for {@code Kicker: Title}).
     */
    private String headline(String shown) {
      Optional<String> declared = metadataTitle();
      return declared.isPresent()
              && !declared.get().equals(shown)
              && TitleKeys.sameKey(declared.get(), shown)
              && declared.get().length() > shown.length()
          ? declared.get()
          : shown;
    }

    /** Whether some block after {@code i} may be body text: a title needs an article under it. */
    private boolean hasContentAfter(int i) {
      for (int j = i + 1; j < blocks.size(); j++) {
        if (chrome[j] == null && metaLines[j] == null) {
          return true;
        }
      }
      return false;
    }

    private Optional<String> metadataTitle() {
      return meta.titles().stream().map(this::clean).filter(t -> !t.isEmpty()).findFirst();
    }

    private int firstDatedMetadata(int window) {
      for (int i = 0; i < window; i++) {
        MetadataLine m = metaLines[i];
        if (m != null && (m.date().isPresent() || m.source().isPresent())) {
          return i;
        }
      }
      return -1;
    }

    private boolean isTitleRepeat(Block b) {
      // A repeat much longer than the title is not looked at: this skips the key-building for
      // nearly every block.
      return b.text().length() <= titleKey.length() * 2 + 16
          && TitleKeys.isRepeat(b.text(), titleKey);
    }

    private boolean isTitleLike(int i) {
      if (chrome[i] != null || metaLines[i] != null) {
        return false;
      }
      String t = blocks.get(i).text();
      return t.length() <= TITLE_MAX && Texts.letterCount(t) >= 4 && !Texts.endsLikeClause(t);
    }

    private void removeBeforeTitle(int i) {
      if (chrome[i] != null) {
        remove(chrome[i], i);
      } else if (metaLines[i] != null) {
        takeMetadata(i);
      } else if (isTitleRepeat(blocks.get(i))) {
        remove(ChromeKind.DUPLICATE_TITLE, "same text as the title", i);
      } else {
        remove(ChromeKind.HEADER, "before the title", i);
      }
    }

    // ---- header: metadata and deck between the title and the body -------------------------------

    /** Consumes the header lines after the title; returns the index where the body starts. */
    private int readHeader(int from, boolean titleInPage) {
      int i = Math.max(from, 0);
      for (; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        if (chrome[i] != null) {
          remove(chrome[i], i);
        } else if (metaLines[i] != null && isPostStamp(metaLines[i])) {
          // A thread's first post starts with its time, as every later post does: it is part of the
          // text.
          if (published == null) {
            published = metaLines[i].date().orElse(null);
          }
          break;
        } else if (metaLines[i] != null) {
          takeMetadata(i);
        } else if (isTitleRepeat(b)) {
          remove(ChromeKind.DUPLICATE_TITLE, "same text as the title", i);
        } else if (titleInPage && isSubtitleLine(b)) {
          subtitle.add(clean(b.text()));
          remove(ChromeKind.TITLE, "deck under the title", i);
        } else {
          break;
        }
      }
      return i;
    }

    private boolean isSubtitleLine(Block b) {
      if (subtitle.size() >= MAX_SUBTITLE_LINES) {
        return false;
      }
      String t = b.text();
      if (t.startsWith("——") && t.length() <= SUBTITLE_MAX * 2) {
        return true;
      }
      if (kind == InputKind.HTML && b.type() != BlockType.HEADING) {
        return false;
      }
      if (t.length() > SUBTITLE_MAX || b.type() == BlockType.LIST_ITEM) {
        return false;
      }
      char last = t.charAt(t.length() - 1);
      return !Texts.isSentencePunct(last) && !Texts.isTerminalPunct(last);
    }

    // ---- body --------------------------------------------------------------------------------

    private void readBody(int from) {
      Verdict tail = null;
      // On a thread, posts with a user and a time are the text; elsewhere such a run is other
      // stories.
      int teasers =
          page.pageType() == PageType.THREAD ? blocks.size() : TeaserRuns.start(blocks, from + 1);
      // The whole body a run of teasers: the page lists other stories and tells none.
      // HTML pages were judged with their link lines, which the blocks here no longer hold.
      listPage =
          kind == InputKind.HTML
              ? page.listPage()
              : from < blocks.size() && TeaserRuns.start(blocks, from) == from;
      int bodyLetters = 0;
      int counted = 0;
      for (int i = from; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        while (counted < paragraphs.size()) {
          bodyLetters += Texts.letterCount(paragraphs.get(counted++));
        }
        if (bodyLetters >= NEXT_ARTICLE_AFTER && isNextArticleHead(i)) {
          for (int j = i; j < blocks.size(); j++) {
            remove(ChromeKind.RELATED, "next article: a headline over its own byline and date", j);
          }
          break;
        }
        if (i >= teasers && !paragraphs.isEmpty()) {
          remove(
              ChromeKind.RELATED,
              "teaser list: short dated or linked lines, each with a summary",
              i);
          continue;
        }
        if (tail != null) {
          if (chrome[i] != null) {
            remove(chrome[i], i);
            tail = tailKinds.contains(chrome[i].kind()) ? chrome[i] : tail;
            continue;
          }
          if (metaLines[i] != null
              && (metaLines[i].source().isPresent() || metaLines[i].editor().isPresent())) {
            // 本文来源：… 责任编辑：… under a related box: the article's sign-off, read as such (a
            // commenter's name and date are not the article's).
            takeMetadata(i);
            continue;
          }
          if (!isStrongParagraph(b)) {
            remove(new Verdict(tail.kind(), "after " + tail.detail()), i);
            continue;
          }
          if (i > 0 && Texts.nextItemOf(blocks.get(i - 1).text(), b.text())) {
            // 二、 after a removed 一、: the notice's next clause, however long.
            remove(new Verdict(tail.kind(), "next item after " + tail.detail()), i);
            continue;
          }
          tail = null;
        }
        if (chrome[i] != null) {
          remove(chrome[i], i);
          if (tailKinds.contains(chrome[i].kind()) && !paragraphs.isEmpty()) {
            tail = chrome[i];
          }
        } else if (metaLines[i] != null && isMetadataInBody(metaLines[i])) {
          takeMetadata(i);
        } else if (isTitleRepeat(b)) {
          remove(ChromeKind.DUPLICATE_TITLE, "same text as the title", i);
        } else {
          String p = clean(b.text());
          if (!p.isEmpty()) {
            paragraphs.add(p);
            paragraphBlocks.add(i);
          }
        }
      }
    }

    /**
     * In the body, a bare date is text (a letter's date, a timeline entry) unless it repeats the
     * publication date; labelled lines (来源, 编辑, bylines) are metadata.
     */
    private boolean isMetadataInBody(MetadataLine m) {
      if (!m.isBareDate()) {
        return true;
      }
      if (m.date().isEmpty() || isPostStamp(m)) {
        return false;
      }
      LocalDate day = m.date().get().date();
      // The page's own metadata says when it was published even where no line above the body did;
      // its
      // time may be in another zone than the line's, which moves the day by one.
      return published != null && day.equals(published.date())
          || pageDates().contains(day)
          || pageDates().contains(day.plusDays(1))
          || pageDates().contains(day.minusDays(1));
    }

    /**
     * A heading with its own byline (or outlet) and date right under it, after the article has told
     * a story: the next article of an endless scroll, or a second post on a blog page. Not on
     * threads, whose posts are all text.
     */
    private boolean isNextArticleHead(int i) {
      if (page.pageType() == PageType.THREAD || blocks.get(i).type() != BlockType.HEADING) {
        return false;
      }
      for (int j = i + 1; j < Math.min(blocks.size(), i + 1 + NEXT_ARTICLE_BYLINE_REACH); j++) {
        MetadataLine m = metaLines[j];
        if (m != null
            && m.date().isPresent()
            && (!m.authors().isEmpty() || m.source().isPresent())) {
          return true;
        }
      }
      return false;
    }

    /** On a thread, a bare date is a post's time stamp, which belongs to the post. */
    private boolean isPostStamp(MetadataLine m) {
      return page.pageType() == PageType.THREAD && m.isBareDate() && m.date().isPresent();
    }

    /** The publication dates the page's metadata (meta tags, JSON-LD) gives, parsed once. */
    private Set<LocalDate> pageDates() {
      if (pageDates == null) {
        pageDates =
            meta.published().stream()
                .map(DateTimes::parse)
                .flatMap(Optional::stream)
                .map(PublishedDate::date)
                .collect(Collectors.toUnmodifiableSet());
      }
      return pageDates;
    }

    /**
     * A paragraph long and sentence-like enough that the article has resumed after a chrome marker.
     */
    private static boolean isStrongParagraph(Block b) {
      String t = b.text();
      return b.linkDensity() < 0.2
          && Texts.letterCount(t) >= 80
          && Texts.sentencePunctCount(t) >= 2
          && !StringUtils.endsWithAny(t, "...", "…");
    }

    // ---- metadata ----------------------------------------------------------------------------

    /**
     * The last paragraphs may be the author's box: the byline's name alone, or a sentence about the
     * author that starts with their name ({@code Jane Doe is a science reporter…}, {@code Jane
     * (jane@…) writes…}). Known only once the authors are, so it is read after the body.
     */
    private void dropAuthorBio() {
      if (authors.isEmpty() || paragraphs.size() <= BIO_TAIL) {
        return;
      }
      for (int k = paragraphs.size() - 1; k >= paragraphs.size() - BIO_TAIL && k >= 0; k--) {
        String p = paragraphs.get(k);
        if (isAboutAnAuthor(p)) {
          removed.add(
              new RemovedBlock(
                  ChromeKind.BOILERPLATE,
                  "the author's name or bio after the article",
                  blocks.get(paragraphBlocks.get(k)).text()));
          paragraphs.remove(k);
          paragraphBlocks.remove(k);
        }
      }
    }

    private boolean isAboutAnAuthor(String p) {
      for (String a : authors) {
        String name = a.strip();
        int space = name.indexOf(' ');
        String first = space > 0 ? name.substring(0, space) : name;
        if (p.equals(name)) {
          return true;
        }
        for (String who : new String[] {name, first}) {
          if (who.length() >= 2
              && p.startsWith(who)
              && BIO_VERB.matcher(p.substring(who.length())).lookingAt()) {
            return true;
          }
        }
      }
      return false;
    }

    private void takeMetadata(int i) {
      takeFields(metaLines[i], blocks.get(i).text());
      remove(ChromeKind.METADATA, "metadata line", i);
    }

    /** Fills the fields still empty from a metadata line whose text is {@code text}. */
    private void takeFields(MetadataLine m, String text) {
      if (published == null && m.date().isPresent()) {
        if (!MetadataLines.isRevisionLine(text)) {
          published = withStatedZone(m.date().get(), text);
        } else if (revised == null) {
          revised = withStatedZone(m.date().get(), text);
        }
      }
      if (m.source().isPresent()
          && (source == null || source.isEmpty())
          && !NotNames.isNotAName(m.source().get())) {
        source = clean(m.source().get());
      }
      for (String a : m.authors()) {
        String name = clean(a);
        if (!authors.contains(name) && !NotNames.isNotAName(name)) {
          authors.add(name);
        }
      }
      if (editor == null && m.editor().isPresent()) {
        editor = clean(m.editor().get());
      }
    }

    /**
     * A line's date with the zone its line names after the time, when only the page's language or
     * host tells which zone an ambiguous name ({@code CST}) is.
     */
    private PublishedDate withStatedZone(PublishedDate date, String line) {
      if (date.time().isEmpty() || date.offset().isPresent()) {
        return date;
      }
      return DateTimes.find(line, PageFacts.zoneHint(meta, hints))
          .map(DateTimes.Found::date)
          .filter(d -> d.withoutOffset().equals(date))
          .orElse(date);
    }

    private void fillFromPageMetadata() {
      if (title == null) {
        title = metadataTitle().orElse(null);
      }
      Optional<PublishedDate> fromMeta = PageFacts.firstDate(meta.published());
      if (fromMeta.isPresent()) {
        published = betterDate(published, fromMeta.get());
      }
      if (published == null) {
        published = revised;
      }
      if (authors.isEmpty()) {
        meta.authors().stream()
            .map(this::clean)
            .filter(a -> !a.isEmpty() && !NotNames.isNotAName(a))
            .distinct()
            .forEach(authors::add);
      }
      if (source == null || source.isEmpty()) {
        source =
            meta.source()
                .map(this::clean)
                .filter(s -> !s.isEmpty() && !NotNames.isNotAName(s))
                .orElse(null);
      }
      readMetadataOutsideTheRegion();
    }

    /**
     * Labelled metadata lines the page road left outside the region: the editor's line just below
     * the article ({@code 【编辑:李青禾】} in a box of its own), the outlet-and-reporter line between the
     * headline and the body's box. Their labels say what they are wherever they stand; only the
     * first line with an outlet or reporter is read, so a sidebar's lines are not.
     */
    private void readMetadataOutsideTheRegion() {
      boolean wantEditor = editor == null;
      boolean wantHead = (source == null || source.isEmpty()) && authors.isEmpty();
      for (RemovedBlock r : page.removed()) {
        if (!wantEditor && !wantHead) {
          return;
        }
        // Both fields come from labelled lines; the label test is cheap, the rest is not.
        if (r.reason() != ChromeKind.BOILERPLATE || !MetadataLines.hasLabel(r.text())) {
          continue;
        }
        Optional<Verdict> chromeLine = LineRules.chrome(r.text());
        if (chromeLine.isPresent() && chromeLine.get().kind() != ChromeKind.NAVIGATION) {
          continue;
        }
        Optional<MetadataLine> m = MetadataLines.parse(r.text());
        if (m.isEmpty() || !m.get().labelled()) {
          continue;
        }
        if (wantEditor && m.get().editor().isPresent()) {
          editor = clean(m.get().editor().get());
          wantEditor = false;
        }
        if (wantHead && (m.get().source().isPresent() || !m.get().authors().isEmpty())) {
          takeFields(m.get(), r.text());
          wantHead = false;
        }
      }
    }

    /**
     * Of the date a line of the page gave and the one its metadata gives, the one to keep. The
     * line's, unless there is none, or the metadata's is the same day but finer, or it states its
     * offset where the line did not and falls within a day of it (a zone apart: {@code 10:31 pm} on
     * the line, {@code 04:31Z} the next day in the metadata). A finer metadata time the line agrees
     * with takes the offset the line stated.
     */
    private static PublishedDate betterDate(@Nullable PublishedDate line, PublishedDate fromMeta) {
      if (line == null) {
        return fromMeta;
      }
      boolean sameDay = fromMeta.date().equals(line.date());
      boolean finer = fromMeta.precision().compareTo(line.precision()) > 0;
      if (fromMeta.offset().isPresent()
          && line.offset().isEmpty()
          && Math.abs(fromMeta.date().toEpochDay() - line.date().toEpochDay()) <= 1) {
        return fromMeta;
      }
      if (sameDay && finer) {
        return line.offset().isPresent()
                && fromMeta.offset().isEmpty()
                && agreesToTheMinute(line, fromMeta)
            ? fromMeta.withOffset(line.offset().get())
            : fromMeta;
      }
      return line;
    }

    private static boolean agreesToTheMinute(PublishedDate a, PublishedDate b) {
      return a.time().isPresent()
          && b.time().isPresent()
          && a.time().get().withSecond(0).equals(b.time().get().withSecond(0));
    }

    // ---- result ------------------------------------------------------------------------------

    private ExtractionResult result() {
      if (listPage) {
        return new Rejected(
            RejectionReason.LIST_PAGE,
            "the page lists other stories (short dated or linked lines, each with a summary) and tells none",
            encoding);
      }
      if (paragraphs.isEmpty()
          || sawErrorStub && Texts.letterCount(String.join("", paragraphs)) < 50) {
        if (sawErrorStub) {
          return new Rejected(
              RejectionReason.ERROR_PAGE,
              "the page is an HTTP error page with no article text",
              encoding);
        }
        return new Rejected(
            RejectionReason.NO_ARTICLE,
            blocks.isEmpty()
                ? "the page has no visible text"
                : "no block of the page reads as article text",
            encoding);
      }
      Optional<String> url = meta.url().or(hints::url);
      Article.Builder plain =
          Article.builder()
              .title(title)
              .subtitle(joinedSubtitle().orElse(null))
              .published(published)
              .source(source == null || source.isEmpty() ? null : source)
              .authors(authors)
              .editor(editor)
              .url(url.orElse(null))
              .language(language().orElse(null))
              .encoding(encoding.orElse(null))
              .pageType(page.pageType())
              .comments(page.comments())
              .blocks(body.build());
      Article article = PageFacts.addTo(plain, meta, hints, this::clean).build();
      int letters = 0;
      int shortOnes = 0;
      for (String p : paragraphs) {
        // Both measures saturate: count no further than they can tell apart.
        letters +=
            letters < Confidence.FULL_LENGTH ? Texts.letterCount(p, Confidence.FULL_LENGTH) : 0;
        shortOnes +=
            Texts.letterCount(p, Confidence.SHORT_PARAGRAPH) < Confidence.SHORT_PARAGRAPH ? 1 : 0;
      }
      double confidence =
          Confidence.of(
              page.regionShare(),
              letters,
              titleInPage,
              page.pageType() == PageType.THREAD,
              (double) shortOnes / paragraphs.size());
      return new Extracted(article, kind, removed, confidence, page.trail());
    }

    private Optional<String> joinedSubtitle() {
      if (subtitle.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(String.join("", subtitle));
    }

    private Optional<String> language() {
      StringBuilder sample = new StringBuilder();
      if (title != null) {
        sample.append(title).append('\n');
      }
      for (String p : paragraphs) {
        if (sample.length() > 3_000) {
          break;
        }
        sample.append(p).append('\n');
      }
      Optional<String> detected = Languages.detect(sample.toString());
      return detected.isPresent() ? detected : meta.language();
    }

    private String clean(String text) {
      // HTML blocks come from the walker with whitespace already collapsed; text-dump lines do not.
      String t = kind == InputKind.HTML ? Texts.trimPad(text) : Texts.collapsePad(text);
      return PinyinGlosses.repair(t);
    }

    private void remove(Verdict v, int i) {
      remove(v.kind(), v.detail(), i);
    }

    private void remove(ChromeKind reason, String detail, int i) {
      removed.add(new RemovedBlock(reason, detail, blocks.get(i).text()));
    }
  }
}
