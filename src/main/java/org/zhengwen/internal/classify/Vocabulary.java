package org.zhengwen.internal.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zhengwen.ChromeKind;

/**
 * The marker vocabulary ({@code markers.tsv}): words that announce portal chrome, kept as data.
 * Loaded once; immutable and thread-safe.
 */
public final class Vocabulary {
  /** How a marker phrase must stand in a line to count. */
  enum Match { HEADING, PREFIX, CONTAINS }

  record Marker(ChromeKind kind, Match match, String phrase) {}

  private static final Vocabulary INSTANCE = load("markers.tsv");

  private final Map<String, Marker> headings;
  private final List<Marker> prefixes;
  private final List<Marker> contains;

  private Vocabulary(Map<String, Marker> headings, List<Marker> prefixes, List<Marker> contains) {
    this.headings = headings;
    this.prefixes = prefixes;
    this.contains = contains;
  }

  /** The built-in vocabulary. */
  public static Vocabulary standard() {
    return INSTANCE;
  }

  /** The marker the whole line is, once decoration is stripped (see {@link Texts#headingKey}). */
  Optional<Marker> heading(String key) {
    return Optional.ofNullable(headings.get(key));
  }

  /** The first marker the lower-cased line starts with. */
  Optional<Marker> prefix(String lower) {
    for (Marker m : prefixes) {
      if (lower.startsWith(m.phrase())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The first marker the lower-cased line contains. */
  Optional<Marker> contained(String lower) {
    for (Marker m : contains) {
      if (lower.contains(m.phrase())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static Vocabulary load(String resource) {
    Map<String, Marker> headings = new HashMap<>();
    List<Marker> prefixes = new ArrayList<>();
    List<Marker> contains = new ArrayList<>();
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new IllegalStateException("bad vocabulary row in " + resource + ": " + line);
        }
        Marker m = new Marker(ChromeKind.valueOf(f[0]), Match.valueOf(f[1].toUpperCase(Locale.ROOT)),
            f[2].toLowerCase(Locale.ROOT));
        switch (m.match()) {
          case HEADING -> headings.putIfAbsent(m.phrase(), m);
          case PREFIX -> prefixes.add(m);
          case CONTAINS -> contains.add(m);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Longer prefixes first, so 上一篇文章 wins over 上一篇 and the detail names the longer phrase.
    prefixes.sort((a, b) -> b.phrase().length() - a.phrase().length());
    return new Vocabulary(Map.copyOf(headings), List.copyOf(prefixes), List.copyOf(contains));
  }
}
