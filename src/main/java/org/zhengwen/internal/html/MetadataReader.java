package org.zhengwen.internal.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.zhengwen.internal.blocks.PageMetadata;

/**
 * Reads what a page states about itself outside its visible text: {@code <meta>} tags (Open Graph, Twitter,
 * article:*, pubdate …), JSON-LD, {@code <h1>}, {@code <title>}, canonical link, {@code <html lang>}.
 */
final class MetadataReader {
  /** Meta keys for the publication time, best first. */
  private static final List<String> DATE_KEYS = List.of("article:published_time", "og:published_time",
      "og:article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
      "publication_date", "sailthru.date", "dc.date.issued", "dc.date", "date", "parsely-pub-date",
      "article.published", "published_time");
  private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "byl", "dc.creator",
      "sailthru.author", "parsely-author");
  private static final int MAX_H1 = 20;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LANG_SEPARATOR = Pattern.compile("[,;\\s]");

  private final Document doc;
  private final Map<String, String> meta = new HashMap<>();
  private final JsonLd.Fields jsonLd = new JsonLd.Fields();

  private MetadataReader(Document doc) {
    this.doc = doc;
  }

  /** Reads the metadata of a parsed page; {@code doc}'s base URI resolves relative URLs. */
  static PageMetadata read(Document doc) {
    MetadataReader r = new MetadataReader(doc);
    r.readMetaTags();
    r.readJsonLd();
    return new PageMetadata(r.titles(), r.published(), r.authors(), r.source(), r.url(), r.language(),
        Optional.ofNullable(r.jsonLd.articleBody));
  }

  private void readMetaTags() {
    for (Element m : doc.getElementsByTag("meta")) {
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
    for (Element s : doc.getElementsByTag("script")) {
      if (s.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
        JsonLd.collect(JsonLd.parse(s.data()), jsonLd);
      }
    }
  }

  private List<String> titles() {
    List<String> out = new ArrayList<>();
    String rawTitle = doc.title();
    add(out, meta.get("og:title"));
    add(out, meta.get("twitter:title"));
    jsonLd.headlines.forEach(h -> add(out, h));
    add(out, bestH1(rawTitle));
    if (!rawTitle.isBlank()) {
      add(out, TitleText.stripSiteSuffix(rawTitle));
    }
    return out;
  }

  /** The h1 that the {@code <title>} repeats, else the first h1 long enough to be a headline. */
  private @Nullable String bestH1(String rawTitle) {
    Elements h1s = doc.getElementsByTag("h1");
    String fallback = null;
    for (int i = 0; i < h1s.size() && i < MAX_H1; i++) {
      Element h = h1s.get(i);
      if (BlockWalker.isHidden(h)) {
        continue;
      }
      String text = h.text().strip();
      if (text.isEmpty()) {
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

  private List<String> published() {
    List<String> out = new ArrayList<>();
    for (String k : DATE_KEYS) {
      add(out, meta.get(k));
    }
    jsonLd.published.forEach(d -> add(out, d));
    for (Element e : doc.getElementsByAttributeValue("itemprop", "datePublished")) {
      add(out, firstNonEmpty(e.attr("content"), e.attr("datetime"), e.text()));
    }
    for (Element t : doc.getElementsByTag("time")) {
      if (!t.attr("datetime").isBlank()) {
        add(out, t.attr("datetime"));
        break;
      }
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
    String s = firstNonEmpty(meta.get("og:site_name"), meta.get("source"), meta.get("application-name"),
        jsonLd.publisher);
    return Optional.ofNullable(s);
  }

  private Optional<String> url() {
    Element canonical = null;
    for (Element link : doc.getElementsByTag("link")) {
      if (link.attr("rel").strip().equalsIgnoreCase("canonical") && link.hasAttr("href")) {
        canonical = link;
        break;
      }
    }
    if (canonical != null) {
      String abs = absolute(canonical.absUrl("href"), canonical.attr("href"));
      if (abs != null) {
        return Optional.of(abs);
      }
    }
    for (Element m : doc.getElementsByTag("meta")) {
      if (m.attr("property").strip().equalsIgnoreCase("og:url") && !m.attr("content").isBlank()) {
        return Optional.ofNullable(absolute(m.absUrl("content"), m.attr("content")));
      }
    }
    return Optional.empty();
  }

  /** jsoup's resolved URL, or the raw value when it is already absolute and there was no base to resolve. */
  private static @Nullable String absolute(String resolved, String raw) {
    if (!resolved.isEmpty()) {
      return resolved;
    }
    String r = raw.strip();
    return r.startsWith("http://") || r.startsWith("https://") ? r : null;
  }

  private Optional<String> language() {
    Element html = doc.firstElementChild();
    String lang = html == null || !html.normalName().equals("html") ? null
        : firstNonEmpty(html.attr("lang"), html.attr("xml:lang"));
    lang = firstNonEmpty(lang, meta.get("content-language"), meta.get("language"), meta.get("og:locale"));
    return Optional.ofNullable(lang).map(l -> LANG_SEPARATOR.split(l, 2)[0]).filter(l -> !l.isEmpty());
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
