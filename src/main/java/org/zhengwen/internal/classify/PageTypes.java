package org.zhengwen.internal.classify;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhengwen.internal.blocks.PageMetadata;
import org.zhengwen.internal.text.DataFiles;

/**
 * Page-level evidence that a page is a discussion thread (a forum topic, a Q&amp;A page) rather
 * than an article: the schema.org types it declares, the forum software that made it, and the words
 * of its URL. The vocabulary is data ({@code page-types.tsv}). Thread-safe.
 */
public final class PageTypes {
  private static final Map<String, Set<String>> SIGNALS = load();

  private PageTypes() {}

  /** What the page's metadata and URL say, as a list of the signals found (empty: none). */
  public static Set<String> threadSignals(PageMetadata meta, Optional<String> url) {
    Set<String> found = new HashSet<>();
    boolean faq = meta.schemaTypes().contains("faqpage");
    for (String t : meta.schemaTypes()) {
      if (has("schema", t) || !faq && has("schema-qa", t)) {
        found.add("schema.org " + t);
      }
    }
    meta.generator()
        .ifPresent(
            g -> {
              for (String word : g.toLowerCase(Locale.ROOT).split("[\\s/,;()]+")) {
                if (has("generator", word)) {
                  found.add("generator " + word);
                }
              }
            });
    url.ifPresent(u -> urlSignals(u, found));
    return found;
  }

  private static void urlSignals(String url, Set<String> found) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      return; // not a URL we can read: no evidence either way
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    for (String label : host.split("\\.")) {
      if (has("host", label)) {
        found.add("host " + label);
      }
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT);
    for (String segment : path.split("/")) {
      String head = segment.split("[-._]", 2)[0];
      if (has("path", segment) || has("path", head)) {
        found.add("url /" + segment);
      }
    }
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery().toLowerCase(Locale.ROOT);
    for (String pair : query.split("&")) {
      String key = pair.split("=", 2)[0];
      String value = pair.contains("=") ? pair.split("=", 2)[1] : "";
      if (!key.isEmpty() && (has("path", key) || has("path", value))) {
        found.add("url ?" + pair);
      }
    }
  }

  private static boolean has(String signal, String value) {
    return SIGNALS.getOrDefault(signal, Set.of()).contains(value);
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> map = new HashMap<>();
    for (String[] row : DataFiles.rows(PageTypes.class, "page-types.tsv", 2)) {
      map.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1]);
    }
    map.replaceAll((k, v) -> Set.copyOf(v));
    return Map.copyOf(map);
  }
}
