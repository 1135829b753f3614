package org.zhengwen.internal.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.zhengwen.internal.blocks.Shape;

/**
 * Reads where each kept block sat in the page — heading level, list and item, table row and header,
 * quote, preformatted element, figure — from the elements around it, for the article's typed body.
 * It runs after the article region is chosen, on the kept blocks only, and never changes which
 * blocks are kept or their text. One instance per page: it numbers the page's containers.
 */
final class BlockShapes {
  /** Image attributes that hold the real source on lazy-loading pages, in order of trust. */
  private static final String[] IMAGE_SOURCES = {"src", "data-src", "data-original"};

  private final Map<ElementInfo, Integer> containers = new IdentityHashMap<>();
  private final Map<ElementInfo, Shape> figures = new IdentityHashMap<>();
  private final Map<ElementInfo, String> verbatims = new IdentityHashMap<>();
  private final Map<ElementInfo, Shape> anchors = new IdentityHashMap<>();
  private final Optional<String> pageUrl;
  private final boolean links;

  /**
   * @param pageUrl the page's own URL (canonical or given), to resolve relative image and link URLs
   *     when the document has no base of its own
   * @param links whether paragraphs carry their links
   */
  BlockShapes(Optional<String> pageUrl, boolean links) {
    this.pageUrl = pageUrl;
    this.links = links;
  }

  /** The shape of a kept block. */
  Shape of(RawBlock b) {
    return switch (b.type) {
      case HEADING -> new Shape.Heading(Math.max(1, Math.min(6, b.headingLevel)));
      case LIST_ITEM -> listItem(b.owner);
      case TABLE_ROW -> tableRow(b.owner);
      case QUOTE -> quote(b.owner);
      case PRE -> pre(b.owner);
      case PARAGRAPH, LINE -> paragraph(b.owner);
    };
  }

  private Shape paragraph(ElementInfo owner) {
    Shape figure = figure(owner);
    return figure != Shape.PLAIN || !links
        ? figure
        : anchors.computeIfAbsent(owner, this::readAnchors);
  }

  /**
   * The links whose text is the owner's own (no block element in between), with an http(s) URL.
   * Blocks cut from one element at {@code <br>} share its links; the assembler keeps those it finds
   * in each block's text.
   */
  private Shape readAnchors(ElementInfo owner) {
    List<Shape.Anchor> found = new ArrayList<>();
    for (Element a : owner.element.getElementsByTag("a")) {
      String raw = a.attr("href").strip();
      if (raw.isEmpty() || !ownText(a, owner.element)) {
        continue;
      }
      String text = a.text();
      Optional<String> url = absolute(a.absUrl("href")).or(() -> resolved(raw));
      if (!text.isEmpty() && url.isPresent()) {
        found.add(new Shape.Anchor(text, url.get()));
      }
    }
    return found.isEmpty() ? Shape.PLAIN : new Shape.Plain(found);
  }

  /** Whether no block-level element stands between {@code a} and {@code owner}. */
  private static boolean ownText(Element a, Element owner) {
    for (Element e = a.parent(); e != null && e != owner; e = e.parent()) {
      if (BlockWalker.BLOCK_TAGS.contains(e.normalName())) {
        return false;
      }
    }
    return true;
  }

  private Shape listItem(ElementInfo owner) {
    ElementInfo li = ancestor(owner, "li");
    if (li == null) {
      return Shape.PLAIN;
    }
    ElementInfo list = li.parent != null ? li.parent : li;
    return new Shape.ListItem(number(list), number(li), list.tag.equals("ol"));
  }

  private Shape tableRow(ElementInfo tr) {
    ElementInfo table = ancestor(tr, "table");
    return new Shape.TableRow(number(table != null ? table : tr), isHeaderRow(tr));
  }

  /** A row in {@code <thead>}, or whose every cell is a {@code <th>}. */
  private static boolean isHeaderRow(ElementInfo tr) {
    if (tr.parent != null && tr.parent.tag.equals("thead")) {
      return true;
    }
    boolean anyCell = false;
    for (Element cell : tr.element.children()) {
      String tag = cell.normalName();
      if (tag.equals("td")) {
        return false;
      }
      anyCell |= tag.equals("th");
    }
    return anyCell;
  }

  private Shape quote(ElementInfo owner) {
    ElementInfo q = ancestor(owner, "blockquote");
    return q == null ? Shape.PLAIN : new Shape.Quote(number(q));
  }

  private Shape pre(ElementInfo owner) {
    ElementInfo pre = owner;
    while (pre != null && !isPreTag(pre.tag)) {
      pre = pre.parent;
    }
    if (pre == null) {
      return Shape.PLAIN;
    }
    String verbatim = verbatims.computeIfAbsent(pre, p -> withoutBlankEnds(p.element.wholeText()));
    return new Shape.Pre(number(pre), verbatim);
  }

  private static boolean isPreTag(String tag) {
    return tag.equals("pre")
        || tag.equals("listing")
        || tag.equals("xmp")
        || tag.equals("plaintext");
  }

  /** Text inside a {@code <figure>} that shows an image is its caption or credit. */
  private Shape figure(ElementInfo owner) {
    ElementInfo figure = figureOf(owner);
    return figure == null ? Shape.PLAIN : figures.computeIfAbsent(figure, this::readFigure);
  }

  /** The nearest {@code <figure>} at or above {@code from}, or null. */
  static @Nullable ElementInfo figureOf(ElementInfo from) {
    return ancestor(from, "figure");
  }

  /**
   * Whether the figure shows an image; one that does not is a quote or a code listing with a
   * caption.
   */
  static boolean showsImage(ElementInfo figure) {
    return figure.element.selectFirst("img") != null;
  }

  private Shape readFigure(ElementInfo figure) {
    Element img = figure.element.selectFirst("img");
    if (img == null) {
      return Shape.PLAIN; // see showsImage
    }
    String alt = img.attr("alt").strip();
    return new Shape.Figure(
        number(figure), imageUrl(img), alt.isEmpty() ? Optional.empty() : Optional.of(alt));
  }

  /** The image's absolute http(s) URL: {@code data:}, {@code javascript:} and the like are none. */
  private Optional<String> imageUrl(Element img) {
    for (String attr : IMAGE_SOURCES) {
      String raw = img.attr(attr).strip();
      if (raw.isEmpty() || raw.regionMatches(true, 0, "data:", 0, 5)) {
        continue;
      }
      Optional<String> url = absolute(img.absUrl(attr)).or(() -> resolved(raw));
      if (url.isPresent()) {
        return url;
      }
    }
    return Optional.empty();
  }

  private Optional<String> resolved(String raw) {
    if (pageUrl.isEmpty()) {
      return absolute(raw);
    }
    try {
      return absolute(URI.create(pageUrl.get()).resolve(raw.replace(" ", "%20")).toString());
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a URL the page mangled: no image rather than a guess
    }
  }

  /** The URL when it is an absolute http or https URL with a host. */
  static Optional<String> absolute(String url) {
    try {
      URI uri = URI.create(url.replace(" ", "%20"));
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && uri.getHost() != null ? Optional.of(uri.toString()) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static @Nullable ElementInfo ancestor(ElementInfo from, String tag) {
    for (ElementInfo e = from; e != null; e = e.parent) {
      if (e.tag.equals(tag)) {
        return e;
      }
    }
    return null;
  }

  private int number(ElementInfo container) {
    return containers.computeIfAbsent(container, c -> containers.size());
  }

  /**
   * The text with {@code \n} line ends, without the blank lines before and after it and without
   * trailing white space.
   */
  static String withoutBlankEnds(String raw) {
    String text = raw.indexOf('\r') < 0 ? raw : raw.replace("\r\n", "\n").replace('\r', '\n');
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        start = i + 1;
      } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        break;
      }
    }
    return text.substring(start).stripTrailing();
  }
}
