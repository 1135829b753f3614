package org.zhengwen.internal.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;
import org.zhengwen.internal.blocks.BlockType;
import org.zhengwen.internal.text.Texts;

/**
 * One iterative walk over the DOM that drops non-text elements, cuts the visible text into blocks
 * at block-level boundaries and {@code <br>}, and accumulates per-element text totals bottom-up.
 *
 * <p>Inline elements ({@code a, span, strong, font …}) keep their text in the surrounding block;
 * text inside {@code <a>} counts towards link density. A table row whose cells each hold at most
 * one block becomes a single {@link BlockType#TABLE_ROW} block; layout tables whose cells hold
 * paragraphs stay cut per paragraph.
 */
final class BlockWalker implements NodeFilter {
  /** Elements whose content is never visible text. */
  private static final Set<String> SKIPPED =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "input",
          "select",
          "option",
          "optgroup",
          "datalist",
          "textarea",
          "button",
          "iframe",
          "frame",
          "frameset",
          "svg",
          "canvas",
          "object",
          "embed",
          "applet",
          "audio",
          "video",
          "map",
          "head",
          "title",
          "meta",
          "link",
          "math",
          "dialog");

  /** Elements that start and end a block (read by {@link BlockShapes} too). */
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "html",
          "body",
          "address",
          "article",
          "aside",
          "blockquote",
          "center",
          "dd",
          "details",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "td",
          "th",
          "ul",
          "caption",
          "legend",
          "listing",
          "xmp",
          "plaintext",
          "marquee",
          "noframes");

  /**
   * Hiding utilities of common CSS frameworks (Bootstrap, Tailwind, WordPress, Drupal), matched
   * whole.
   */
  private static final Set<String> HIDING_CLASSES =
      Set.of(
          "hidden",
          "hide",
          "d-none",
          "is-hidden",
          "u-hidden",
          "visually-hidden",
          "visuallyhidden",
          "sr-only",
          "screen-reader-text",
          "screen-reader-only",
          "element-invisible",
          "offscreen",
          "a11y-hidden");

  /** A responsive display utility that shows the element from some screen width on. */
  private static final Pattern SHOWN_AT_SOME_WIDTH =
      Pattern.compile(
          "(?:[a-z0-9]+:(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)"
              + "|d-(?:sm|md|lg|xl|xxl)-(?:block|flex|grid|inline|inline-block|inline-flex|table))");

  /** Elements that only separate blocks. */
  private static final Set<String> BREAKS = Set.of("br", "hr");

  private final ClassVocabulary vocabulary;
  private final List<RawBlock> blocks = new ArrayList<>();
  private final List<ElementInfo> infos = new ArrayList<>();

  /**
   * The current block's text. A bare char array rather than a StringBuilder: it is appended to once
   * per visible character of the page, and a builder's capacity and Latin-1/UTF-16 checks on every
   * append showed up in profiles.
   */
  private char[] buf = new char[256];

  private int len;
  private final ClassVocabulary.Memo matchMemo = new ClassVocabulary.Memo();
  private @Nullable ElementInfo current;
  private int linkDepth;
  private int chars;
  private int cjk;
  private int linkChars;
  private int punct;
  private int linkCjk;
  private boolean pendingSpace;
  private boolean pendingNewline;

  /** Whether the last visible character appended was CJK / a digit: saves re-reading the buffer. */
  private boolean lastWasCjk;

  private boolean lastWasDigit;

  private final Consumer<Element> seen;

  /** Whether elements hidden only by an inline style are walked too (content a script reveals). */
  private final boolean revealStyled;

  /** Whether an element hidden by an inline style, a hiding class or {@code hidden} was skipped. */
  private boolean skippedStyled;

  /** Characters of text in the elements skipped for their {@code hidden} attribute. */
  private int hiddenChars;

  /** Entries of other posts than the page's own, which are teasers whatever their names say. */
  private final ForeignPosts foreignPosts;

  /** Whether figures' captions are read: their credit is then cut from the caption it follows. */
  private final boolean figures;

  private BlockWalker(
      Element root,
      ClassVocabulary vocabulary,
      Consumer<Element> seen,
      boolean revealStyled,
      boolean figures) {
    this.foreignPosts = ForeignPosts.of(root);
    this.vocabulary = vocabulary;
    this.seen = seen;
    this.revealStyled = revealStyled;
    this.figures = figures;
  }

  /**
   * The walk's output: blocks in page order, every block-level element's info in document order,
   * whether an element a script may show (hidden by an inline style, a hiding class or the {@code
   * hidden} attribute) was left out, and how much text the {@code hidden} ones held.
   */
  record Result(
      List<RawBlock> blocks,
      List<ElementInfo> infos,
      @Nullable ElementInfo root,
      boolean skippedStyled,
      int hiddenChars) {}

  /** Walks {@code root} and everything below it. */
  static Result walk(Element root, ClassVocabulary vocabulary) {
    return walk(root, vocabulary, e -> {});
  }

  /**
   * Walks {@code root}, showing {@code seen} every element reached (hidden and skipped subtrees are
   * not entered), so that other readers of the page need no walk of their own.
   */
  static Result walk(Element root, ClassVocabulary vocabulary, Consumer<Element> seen) {
    return walk(root, vocabulary, seen, false);
  }

  /**
   * Walks {@code root}; with {@code revealStyled}, elements hidden only by an inline style ({@code
   * visibility:hidden}, {@code display:none}) are walked as visible. Pages that show their article
   * from a script mark it so ({@code <div id=js_content style="visibility: hidden">}).
   */
  static Result walk(
      Element root, ClassVocabulary vocabulary, Consumer<Element> seen, boolean revealStyled) {
    return walk(root, vocabulary, seen, revealStyled, false);
  }

  /**
   * As {@link #walk(Element, ClassVocabulary, Consumer, boolean)}; with {@code figures}, an inline
   * element named like a credit inside a {@code <figure>} that shows an image is a block of its
   * own, so that a credit ({@code <figcaption>Caption <span class=credit>Photo: X</span>}) is read
   * apart from the caption.
   */
  static Result walk(
      Element root,
      ClassVocabulary vocabulary,
      Consumer<Element> seen,
      boolean revealStyled,
      boolean figures) {
    BlockWalker w = new BlockWalker(root, vocabulary, seen, revealStyled, figures);
    NodeTraversor.filter(w, root);
    w.flush();
    ElementInfo rootInfo = w.infos.isEmpty() ? null : w.infos.get(0);
    return new Result(w.blocks, w.infos, rootInfo, w.skippedStyled, w.hiddenChars);
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      appendText(t.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (node instanceof DataNode || !(node instanceof Element el)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    seen.accept(el);
    String tag = el.normalName();
    if (SKIPPED.contains(tag) || isAriaHidden(el)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    // Inside a heading, a hidden class marks a separator between its parts (Kicker<span
    // class=sr-only>: </span>
    // Headline), read by screen readers and by title matching: only an inline style hides there.
    boolean hiddenAttribute = Attrs.has(el, "hidden");
    if (hiddenAttribute
        || (inHeading() ? hasHidingStyle(Attrs.get(el, "style")) : isHiddenByStyle(el))) {
      skippedStyled = true;
      if (!revealStyled) {
        // Only the attribute's text is counted: pages hide copies of the article (print, mobile)
        // by style, and a paywall hides the article's rest with the attribute.
        hiddenChars += hiddenAttribute ? textLength(el) : 0;
        return FilterResult.SKIP_ENTIRELY;
      }
    }
    if (BREAKS.contains(tag)) {
      flush();
      return FilterResult.SKIP_ENTIRELY;
    }
    if (isLink(el)) {
      linkDepth++;
    } else if (BLOCK_TAGS.contains(tag) || figures && isFigureCredit(el)) {
      openBlockElement(el, tag);
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element el)) {
      return FilterResult.CONTINUE;
    }
    String tag = el.normalName();
    if (isLink(el)) {
      linkDepth = Math.max(0, linkDepth - 1);
    } else if ((BLOCK_TAGS.contains(tag) || figures) && current != null && current.element == el) {
      closeBlockElement(); // only elements opened as blocks are ever current
    }
    return FilterResult.CONTINUE;
  }

  private void openBlockElement(Element el, String tag) {
    flush();
    ElementInfo parent = current;
    BlockType type = parent == null ? BlockType.PARAGRAPH : parent.type;
    int level = parent == null ? 0 : parent.headingLevel;
    boolean inPre = parent != null && parent.inPre;
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        type = BlockType.HEADING;
        level = tag.charAt(1) - '0';
      }
      case "li" -> type = type == BlockType.HEADING ? type : BlockType.LIST_ITEM;
      case "blockquote" -> type = type == BlockType.PARAGRAPH ? BlockType.QUOTE : type;
      case "pre", "listing", "xmp", "plaintext" -> {
        type = BlockType.PRE;
        inPre = true;
      }
      default -> {}
    }
    ClassVocabulary.Match foreign = foreignPosts.match(el);
    ClassVocabulary.Match match = foreign != null ? foreign : vocabulary.match(el, matchMemo);
    ElementInfo info = new ElementInfo(el, parent, match, type, level, inPre, blocks.size());
    if (parent != null) {
      parent.children.add(info);
    }
    infos.add(info);
    current = info;
  }

  private void closeBlockElement() {
    flush();
    ElementInfo info =
        Objects.requireNonNull(current, "a block element closes only after it opened");
    info.endBlock = blocks.size();
    if (info.tag.equals("tr")) {
      TableRows.mergeRow(info, blocks);
    }
    current = info.parent;
    if (current != null) {
      current.absorb(info);
    }
  }

  /**
   * Appends a text node's characters, collapsing whitespace as a browser would, and counts them.
   * This is the walk's inner loop, run for every character of the page: the state lives in locals
   * for the length of the text node and is written back once, and link state cannot change inside
   * one text node.
   */
  private void appendText(String text) {
    boolean pre = current != null && current.inPre;
    int n = text.length();
    char[] b = buf;
    int l = len;
    boolean space = pendingSpace;
    boolean newline = pendingNewline;
    boolean prevCjk = lastWasCjk;
    boolean prevDigit = lastWasDigit;
    int visible = 0;
    int visibleCjk = 0;
    int sentencePunct = 0;
    for (int i = 0; i < n; i++) {
      char ch = text.charAt(i);
      int cp = ch;
      if (Character.isHighSurrogate(ch)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        cp = Character.toCodePoint(ch, text.charAt(++i));
      }
      int flags = TextChars.flags(cp);
      if (pre && ch == '\n') {
        if (l > 0) {
          b = room(b, l);
          b[l++] = '\n';
        }
        space = false;
        continue;
      }
      if ((flags & TextChars.SPACE) != 0) {
        space = true;
        newline |= ch == '\n' || ch == '\r';
        continue;
      }
      boolean isCjk = (flags & TextChars.CJK) != 0;
      b = room(b, l);
      // A line break between two CJK characters is not a space (CSS segment-break rule for East
      // Asian text).
      if (space && l > 0 && !(newline && prevCjk && isCjk) && b[l - 1] != '\n') {
        b[l++] = ' ';
      }
      space = false;
      newline = false;
      // Separators inside numbers (16:06, 3.5, 1,000) are not sentence punctuation.
      boolean afterDigit = l > 0 && prevDigit;
      if (cp == ch) {
        b[l++] = ch;
      } else {
        b[l++] = Character.highSurrogate(cp);
        b[l++] = Character.lowSurrogate(cp);
      }
      prevCjk = isCjk;
      prevDigit = (flags & TextChars.DIGIT) != 0;
      if ((flags & TextChars.PUNCT) != 0 && !(afterDigit && cp < 0x80)) {
        sentencePunct++;
      }
      visible++;
      visibleCjk += isCjk ? 1 : 0;
    }
    buf = b;
    len = l;
    pendingSpace = space;
    pendingNewline = newline;
    lastWasCjk = prevCjk;
    lastWasDigit = prevDigit;
    chars += visible;
    cjk += visibleCjk;
    if (linkDepth > 0) {
      // Text inside links counts towards link density; its punctuation is other articles' titles,
      // not prose.
      linkChars += visible;
      linkCjk += visibleCjk;
    } else {
      punct += sentencePunct;
    }
  }

  /** {@code b}, or a larger copy, with room for three more characters after {@code l}. */
  private static char[] room(char[] b, int l) {
    return l + 3 <= b.length ? b : Arrays.copyOf(b, Math.max(b.length * 2, l + 3));
  }

  /** Ends the block being collected, if it has any visible character. */
  private void flush() {
    if (current != null) {
      // The element's totals grow by what the block collected: current only changes right after a
      // flush, so adding here equals counting per character, without four field updates per
      // character.
      current.chars += chars;
      current.cjkChars += cjk;
      current.punct += punct;
      current.linkChars += linkChars;
    }
    if (chars > 0 && current != null) {
      String text = trimmedBlock();
      RawBlock b =
          new RawBlock(
              text, current.type, current.headingLevel, chars, cjk, linkChars, punct, current);
      b.linkCjkChars = linkCjk;
      blocks.add(b);
    }
    len = 0;
    chars = 0;
    cjk = 0;
    linkChars = 0;
    punct = 0;
    linkCjk = 0;
    pendingSpace = false;
    pendingNewline = false;
  }

  private String trimmedBlock() {
    int end = len;
    while (end > 0 && (buf[end - 1] == '\n' || Texts.isPad(buf[end - 1]))) {
      end--;
    }
    return new String(buf, 0, end);
  }

  /**
   * An inline element named like a credit ({@code <span class=credit>}) inside a {@code <figure>}
   * that shows an image: the credit, read apart from the caption before it. Other inline parts of a
   * caption (a picture's number in a gallery, a caption span) stay in the caption's text.
   */
  private boolean isFigureCredit(Element el) {
    ElementInfo block = current;
    if (block == null || !Attrs.has(el, "class") && !Attrs.has(el, "id")) {
      return false;
    }
    ElementInfo figure = BlockShapes.figureOf(block);
    return figure != null
        && vocabulary.match(el, matchMemo).credit()
        && BlockShapes.showsImage(figure);
  }

  /**
   * A link the reader can follow; named anchors ({@code <a name>}, often left unclosed) are not.
   */
  private static boolean isLink(Element el) {
    return el.normalName().equals("a") && Attrs.has(el, "href");
  }

  /**
   * Hidden by attribute or inline style: never rendered, so never a headline. A framework's hiding
   * class does not count here: a visually hidden {@code <h1 class="sr-only">} still names the page
   * for screen readers, and is often the only headline a page marks up.
   */
  static boolean isHidden(Element el) {
    return isHiddenByAttribute(el) || hasHidingStyle(Attrs.get(el, "style"));
  }

  private static boolean isHiddenByAttribute(Element el) {
    return Attrs.has(el, "hidden") || isAriaHidden(el);
  }

  private static boolean isAriaHidden(Element el) {
    return "true".equalsIgnoreCase(Attrs.get(el, "aria-hidden").trim());
  }

  /** Characters of text below {@code el}, counted without building the text. */
  private static int textLength(Element el) {
    int[] n = {0};
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t) {
            n[0] += t.getWholeText().length();
          }
        },
        el);
    return n[0];
  }

  private boolean inHeading() {
    return current != null && current.type == BlockType.HEADING;
  }

  private static boolean isHiddenByStyle(Element el) {
    return hasHidingClass(Attrs.get(el, "class")) || hasHidingStyle(Attrs.get(el, "style"));
  }

  private static boolean hasHidingStyle(String style) {
    if (style.isEmpty() || style.length() > 2000) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /**
   * Whether one of the classes is a CSS framework's hiding utility ({@code hidden}, {@code d-none},
   * {@code sr-only}, {@code visually-hidden}): text a reader never sees, such as paywall offers
   * waiting for a script or labels for screen readers. Like an inline style, a script may reveal
   * it, which is why a reading that finds nothing else looks again with such elements shown.
   */
  static boolean hasHidingClass(String cls) {
    // Nearly every class attribute of a page fails this cheap look, which allocates nothing.
    if (cls.isEmpty() || cls.length() > 300 || !mayHide(cls)) {
      return false;
    }
    boolean hiding = false;
    int i = 0;
    int n = cls.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(cls.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(cls.charAt(i))) {
        i++;
      }
      if (i > start) {
        String token = cls.substring(start, i).toLowerCase(Locale.ROOT);
        if (SHOWN_AT_SOME_WIDTH.matcher(token).matches()) {
          return false; // hidden on phones only (hidden md:block, d-none d-lg-flex): shown on a
          // desktop
        }
        hiding |= HIDING_CLASSES.contains(token);
      }
    }
    return hiding;
  }

  /** Whether the attribute holds a fragment every hiding class has. */
  private static boolean mayHide(String cls) {
    return cls.contains("hid")
        || cls.contains("none")
        || cls.contains("only")
        || cls.contains("screen")
        || cls.contains("invisible")
        || cls.contains("offscreen")
        || cls.contains("Hid");
  }
}
