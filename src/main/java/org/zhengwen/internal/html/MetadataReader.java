package org.zhengwen.internal.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;
import org.zhengwen.internal.blocks.PageMetadata;

/**
 * Reads what a page states about itself outside its visible text: {@code <meta>} tags (Open Graph,
 * Twitter, article:*, pubdate …), JSON-LD, {@code <h1>}, {@code <title>}, canonical link, {@code
 * <html lang>}.
 */
final class MetadataReader {
  /** Meta keys for the publication time, best first. */
  private static final List<String> DATE_KEYS =
      List.of(
          "article:published_time",
          "og:published_time",
          "og:article:published_time",
          "datepublished",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "publication_date",
          "sailthru.date",
          "dc.date.issued",
          "dc.date",
          "date",
          "parsely-pub-date",
          "article.published",
          "published_time");

  private static final List<String> AUTHOR_KEYS =
      List.of("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author");
  private static final int MAX_H1 = 20;
  private static final int MAX_ITEMTYPES = 50;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LANG_SEPARATOR = Pattern.compile("[,;\\s]");

  private final Document doc;
  private final Index index;
  private final Map<String, String> meta = new HashMap<>();
  private final JsonLd.Fields jsonLd = new JsonLd.Fields();

  private MetadataReader(Document doc, Index index) {
    this.doc = doc;
    this.index = index;
  }

  /**
   * The few kinds of element metadata comes from, gathered in one walk of the document instead of
   * one {@code getElementsByTag} walk per kind.
   */
  static final class Index implements NodeVisitor {
    final List<Element> metas = new ArrayList<>();
    final List<Element> ldJson = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    final List<Element> datePublished = new ArrayList<>();
    @Nullable Element title;
    @Nullable Element time;
    @Nullable Element canonical;

    /** Microdata types ({@code itemtype}) as written, at most {@link #MAX_ITEMTYPES}. */
    final Set<String> itemTypes = new LinkedHashSet<>();

    /** An index of the whole document, in a walk of its own. */
    static Index of(Document doc) {
      Index index = new Index();
      NodeTraversor.traverse(index, doc);
      return index;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        visit(e);
      }
    }

    /** Notes an element if metadata may come from it; called for every element of a walk. */
    void visit(Element e) {
      switch (e.normalName()) {
        case "meta" -> metas.add(e);
        case "script" -> {
          if (Attrs.get(e, "type").strip().equalsIgnoreCase("application/ld+json")) {
            ldJson.add(e);
          }
        }
        case "h1" -> {
          if (h1s.size() < MAX_H1) {
            h1s.add(e);
          }
        }
        case "title" -> title = title == null ? e : title;
        case "time" -> time = time == null && !Attrs.get(e, "datetime").isBlank() ? e : time;
        case "link" -> {
          if (canonical == null
              && Attrs.get(e, "rel").strip().equalsIgnoreCase("canonical")
              && Attrs.has(e, "href")) {
            canonical = e;
          }
        }
        default -> {}
      }
      if (itemTypes.size() < MAX_ITEMTYPES && Attrs.has(e, "itemtype")) {
        itemTypes.add(Attrs.get(e, "itemtype"));
      }
      if ("datePublished".equals(Attrs.get(e, "itemprop"))) {
        datePublished.add(e);
      }
    }
  }

  /** Reads the metadata of a parsed page; {@code doc}'s base URI resolves relative URLs. */
  static PageMetadata read(Document doc) {
    return read(doc, Index.of(doc));
  }

  /** Reads the metadata from an index the caller filled while walking the page. */
  static PageMetadata read(Document doc, Index index) {
    MetadataReader r = new MetadataReader(doc, index);
    r.readMetaTags();
    r.readJsonLd();
    return new PageMetadata(
        r.titles(),
        r.published(),
        r.authors(),
        r.source(),
        r.url(),
        r.language(),
        Optional.ofNullable(r.jsonLd.articleBody),
        r.schemaTypes(),
        Optional.ofNullable(r.meta.get("generator")));
  }

  private void readMetaTags() {
    for (Element m : index.metas) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          meta.putIfAbsent(key, content);
        }
      }
    }
  }

  private void readJsonLd() {
    for (Element s : index.ldJson) {
      JsonLd.collect(JsonLd.parse(s.data()), jsonLd);
    }
  }

  /**
   * JSON-LD and microdata types, lower-case, the last path segment of a URL ({@code
   * schema.org/Question}).
   */
  private Set<String> schemaTypes() {
    Set<String> types = new LinkedHashSet<>();
    for (String t : jsonLd.types) {
      types.add(typeName(t));
    }
    for (String t : index.itemTypes) {
      for (String one : t.trim().split("\\s+")) {
        types.add(typeName(one));
      }
    }
    types.remove("");
    return types;
  }

  private static String typeName(String t) {
    String s = t.strip();
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'));
    return s.substring(slash + 1).toLowerCase(Locale.ROOT);
  }

  private List<String> titles() {
    List<TitleChooser.Candidate> out = new ArrayList<>();
    String rawTitle =
        index.title == null ? "" : SPACES.matcher(index.title.text().strip()).replaceAll(" ");
    candidate(out, meta.get("og:title"), TitleChooser.Source.META);
    candidate(out, meta.get("twitter:title"), TitleChooser.Source.META);
    jsonLd.headlines.forEach(h -> candidate(out, h, TitleChooser.Source.META));
    candidate(out, bestH1(rawTitle), TitleChooser.Source.H1);
    if (!rawTitle.isBlank()) {
      candidate(out, TitleText.stripSiteSuffix(rawTitle), TitleChooser.Source.TITLE_TAG);
    }
    return TitleChooser.rank(out, rawTitle, meta.get("og:site_name"));
  }

  /**
   * Adds a title candidate. The same text from another source is kept: two sources saying the same
   * is what {@link TitleChooser} counts as agreement.
   */
  private static void candidate(
      List<TitleChooser.Candidate> out, @Nullable String v, TitleChooser.Source source) {
    if (v == null) {
      return;
    }
    String s = SPACES.matcher(v.strip()).replaceAll(" ");
    if (!s.isEmpty() && out.stream().noneMatch(c -> c.text().equals(s) && c.source() == source)) {
      out.add(new TitleChooser.Candidate(s, source));
    }
  }

  /**
   * The h1 that the {@code <title>} repeats, else the first h1 long enough to be a headline. An h1
   * that the title holds only in its site-name suffix is the site's logo and is passed over.
   */
  private @Nullable String bestH1(String rawTitle) {
    List<Element> h1s = index.h1s;
    String fallback = null;
    TitleChooser.Suffix suffix = null;
    for (int i = 0; i < h1s.size() && i < MAX_H1; i++) {
      Element h = h1s.get(i);
      if (BlockWalker.isHidden(h)) {
        continue;
      }
      String text = headingText(h);
      if (text.isEmpty()) {
        continue;
      }
      if (suffix == null) {
        suffix = TitleChooser.Suffix.of(rawTitle);
      }
      if (suffix.names(text)) {
        continue;
      }
      if (rawTitle.contains(text) && text.length() >= Math.min(8, rawTitle.length())) {
        return text;
      }
      if (fallback == null && text.length() >= 6) {
        fallback = text;
      }
    }
    return fallback;
  }

  /**
   * A heading's text without its permalink anchor: a link to a fragment of the page ({@code
   * href="#…"}) at the end of the heading whose text is a mark with no letter or digit ({@code ¶},
   * {@code §}, {@code #}).
   */
  private static String headingText(Element h) {
    String text = h.text().strip();
    for (Element a : h.getElementsByTag("a")) {
      if (!a.attr("href").strip().startsWith("#")) {
        continue;
      }
      String mark = a.text().strip();
      if (!mark.isEmpty()
          && mark.codePoints().noneMatch(Character::isLetterOrDigit)
          && text.endsWith(mark)
          && text.length() > mark.length()) {
        text = text.substring(0, text.length() - mark.length()).strip();
      }
    }
    return text;
  }

  private List<String> published() {
    List<String> out = new ArrayList<>();
    for (String k : DATE_KEYS) {
      add(out, meta.get(k));
    }
    jsonLd.published.forEach(d -> add(out, d));
    for (Element e : index.datePublished) {
      add(out, firstNonEmpty(e.attr("content"), e.attr("datetime"), e.text()));
    }
    if (index.time != null) {
      add(out, index.time.attr("datetime"));
    }
    return out;
  }

  private List<String> authors() {
    List<String> out = new ArrayList<>();
    for (String k : AUTHOR_KEYS) {
      String v = meta.get(k);
      if (v != null && !v.contains("://")) {
        add(out, v);
      }
    }
    jsonLd.authors.forEach(a -> add(out, a));
    return out;
  }

  private Optional<String> source() {
    String s =
        firstNonEmpty(
            meta.get("og:site_name"),
            meta.get("source"),
            meta.get("application-name"),
            jsonLd.publisher);
    return Optional.ofNullable(s);
  }

  private Optional<String> url() {
    Element canonical = index.canonical;
    if (canonical != null) {
      String href = canonical.attr("href").strip();
      // Resolving is URL parsing: only needed when the link is relative.
      String abs =
          href.startsWith("https://") || href.startsWith("http://")
              ? href
              : absolute(canonical.absUrl("href"), href);
      if (abs != null) {
        return Optional.of(abs);
      }
    }
    for (Element m : index.metas) {
      if (m.attr("property").strip().equalsIgnoreCase("og:url") && !m.attr("content").isBlank()) {
        return Optional.ofNullable(absolute(m.absUrl("content"), m.attr("content")));
      }
    }
    return Optional.empty();
  }

  /**
   * jsoup's resolved URL, or the raw value when it is already absolute and there was no base to
   * resolve.
   */
  private static @Nullable String absolute(String resolved, String raw) {
    if (!resolved.isEmpty()) {
      return resolved;
    }
    String r = raw.strip();
    return r.startsWith("http://") || r.startsWith("https://") ? r : null;
  }

  private Optional<String> language() {
    Element html = doc.firstElementChild();
    String lang =
        html == null || !html.normalName().equals("html")
            ? null
            : firstNonEmpty(html.attr("lang"), html.attr("xml:lang"));
    lang =
        firstNonEmpty(
            lang, meta.get("content-language"), meta.get("language"), meta.get("og:locale"));
    return Optional.ofNullable(lang)
        .map(l -> LANG_SEPARATOR.split(l, 2)[0])
        .filter(l -> !l.isEmpty());
  }

  private static @Nullable String firstNonEmpty(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static void add(List<String> out, @Nullable String v) {
    if (v == null) {
      return;
    }
    String s = SPACES.matcher(v.strip()).replaceAll(" ");
    if (!s.isEmpty() && !out.contains(s)) {
      out.add(s);
    }
  }
}
