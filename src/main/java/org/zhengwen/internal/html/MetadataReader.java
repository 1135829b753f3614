package org.zhengwen.internal.html;

import java.net.URI;
import java.net.URISyntaxException;
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
          "article:published",
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
          "parsely-pub-date",
          "article.published",
          "published_time");

  /**
   * Meta keys that name a date without saying what it is the date of ({@code <meta name=date>},
   * often a print edition's day): read after the JSON-LD {@code datePublished}, which says.
   */
  private static final List<String> GENERIC_DATE_KEYS = List.of("dc.date", "date");

  /** Meta keys for the time of the last change, best first. */
  private static final List<String> MODIFIED_KEYS =
      List.of(
          "article:modified_time",
          "article:modified",
          "og:updated_time",
          "og:article:modified_time",
          "datemodified",
          "dc.date.modified",
          "last-modified",
          "lastmod",
          "modified_time");

  /** Meta keys holding one tag each, every one of them kept. */
  private static final Set<String> TAG_KEYS = Set.of("article:tag", "og:article:tag", "book:tag");

  /** Meta keys holding tags separated by commas. */
  private static final List<String> KEYWORD_KEYS = List.of("news_keywords", "keywords");

  private static final List<String> DESCRIPTION_KEYS =
      List.of("og:description", "description", "twitter:description", "dc.description");
  private static final List<String> IMAGE_KEYS =
      List.of(
          "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src");
  private static final List<String> SECTION_KEYS =
      List.of("article:section", "og:article:section", "section", "parsely-section");
  private static final List<String> SITE_NAME_KEYS = List.of("og:site_name", "application-name");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[,，;；、]");

  private static final List<String> AUTHOR_KEYS =
      List.of("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author");
  private static final int MAX_H1 = 20;
  private static final int MAX_ITEMTYPES = 50;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LANG_SEPARATOR = Pattern.compile("[,;\\s]");

  private final Document doc;
  private final Index index;
  private final Map<String, String> meta = new HashMap<>();
  private final List<String> metaTags = new ArrayList<>();

  /** The first meta element of each key, to resolve a URL in it against the page's base. */
  private final Map<String, Element> metaElements = new HashMap<>();

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
        Optional.ofNullable(r.meta.get("generator")),
        r.details());
  }

  private PageMetadata.Details details() {
    return new PageMetadata.Details(
        Optional.ofNullable(firstOf(DESCRIPTION_KEYS, jsonLd.description)),
        Optional.ofNullable(firstOf(SITE_NAME_KEYS, null)),
        image(),
        tags(),
        Optional.ofNullable(firstOf(SECTION_KEYS, jsonLd.section)),
        modified());
  }

  /** The first of the meta keys with a value, else {@code fallback}. */
  private @Nullable String firstOf(List<String> keys, @Nullable String fallback) {
    for (String k : keys) {
      String v = meta.get(k);
      if (v != null && !v.isBlank()) {
        return SPACES.matcher(v.strip()).replaceAll(" ");
      }
    }
    return fallback == null || fallback.isBlank()
        ? null
        : SPACES.matcher(fallback.strip()).replaceAll(" ");
  }

  /** The lead image: Open Graph or Twitter card, else JSON-LD; absolute http(s) URLs only. */
  private Optional<String> image() {
    for (String k : IMAGE_KEYS) {
      Element m = metaElements.get(k);
      if (m != null) {
        String abs = absolute(m.absUrl("content"), m.attr("content"));
        if (abs != null && isWebUrl(abs)) {
          return Optional.of(abs);
        }
      }
    }
    for (String raw : jsonLd.images) {
      String abs = absolute(resolve(raw), raw);
      if (abs != null && isWebUrl(abs)) {
        return Optional.of(abs);
      }
    }
    return Optional.empty();
  }

  /** {@code raw} resolved against the page's location; empty when there is none to resolve by. */
  private String resolve(String raw) {
    if (doc.location().isEmpty()) {
      return "";
    }
    try {
      return new URI(doc.location()).resolve(raw.strip()).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return "";
    }
  }

  private static boolean isWebUrl(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    return (u.startsWith("http://") || u.startsWith("https://"))
        && u.length() > "https://".length();
  }

  /** Tags in page order: one per article:tag, then keyword lists, then JSON-LD keywords. */
  private List<String> tags() {
    List<String> out = new ArrayList<>();
    metaTags.forEach(t -> add(out, t));
    for (String k : KEYWORD_KEYS) {
      String v = meta.get(k);
      if (v != null) {
        for (String t : LIST_SEPARATOR.split(v)) {
          add(out, t);
        }
      }
    }
    jsonLd.keywords.forEach(t -> add(out, t));
    return out;
  }

  private List<String> modified() {
    List<String> out = new ArrayList<>();
    for (String k : MODIFIED_KEYS) {
      add(out, meta.get(k));
    }
    jsonLd.modified.forEach(d -> add(out, d));
    return out;
  }

  private void readMetaTags() {
    for (Element m : index.metas) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        // itemprop="datePublished dateCreated": one element may name several properties.
        for (String key : SPACES.split(m.attr(attr).strip().toLowerCase(Locale.ROOT))) {
          if (!key.isEmpty()) {
            meta.putIfAbsent(key, content);
            metaElements.putIfAbsent(key, m);
            if (TAG_KEYS.contains(key)) {
              metaTags.add(content);
            }
          }
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
    for (String k : GENERIC_DATE_KEYS) {
      add(out, meta.get(k));
    }
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
