package org.zhengwen.internal.classify;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zhengwen.ChromeKind;
import org.zhengwen.internal.text.DataFiles;
import org.zhengwen.internal.text.ScriptFold;

/**
 * The marker vocabulary ({@code markers.tsv}): words that announce portal chrome, kept as data.
 * Phrases are held folded to simplified script ({@link ScriptFold}), and callers fold the line the
 * same way, so each phrase matches in both scripts. Loaded once; immutable and thread-safe.
 */
public final class MarkerVocabulary {
  /** How a marker phrase must stand in a line to count. */
  enum Match {
    HEADING,
    ENDING,
    PREFIX,
    CONTAINS
  }

  /** Characters a heading may hold before the ending that names it ({@code 热门点击}排行榜). */
  private static final int ENDING_HEAD_MAX = 6;

  record Marker(ChromeKind kind, Match match, String phrase) {}

  private static final MarkerVocabulary INSTANCE = load("markers.tsv");

  private final Map<String, Marker> headings;
  private final List<Marker> endings;
  private final Map<Character, List<Marker>> prefixesByFirst;
  private final Map<Character, List<Marker>> containsByFirst;
  private final BitSet containsFirstChars = new BitSet();

  /**
   * The first two characters of each contained phrase, hashed into {@link #PAIR_BITS} bits: most
   * positions whose character starts a phrase are turned away here, before the phrase list is read.
   */
  private final BitSet containsPairs = new BitSet(PAIR_BITS);

  private static final int PAIR_BITS = 1 << 14;

  /** The contained phrases of one character ({@code ©}), which pass without the pair test. */
  private final BitSet containsSingles = new BitSet();

  private MarkerVocabulary(
      Map<String, Marker> headings,
      List<Marker> endings,
      List<Marker> prefixes,
      List<Marker> contains) {
    this.headings = headings;
    this.endings = endings;
    this.prefixesByFirst = byFirstChar(prefixes);
    this.containsByFirst = byFirstChar(contains);
    containsByFirst.keySet().forEach(c -> containsFirstChars.set(c));
    for (Marker m : contains) {
      String p = m.phrase();
      if (p.length() == 1) {
        containsSingles.set(p.charAt(0)); // ©: no second character to test
      } else {
        containsPairs.set(pairBit(p.charAt(0), p.charAt(1)));
      }
    }
  }

  private static int pairBit(char first, char second) {
    return (first * 31 + second) & (PAIR_BITS - 1);
  }

  /**
   * Phrases grouped by first character, each group in the given order (longest first for prefixes).
   */
  private static Map<Character, List<Marker>> byFirstChar(List<Marker> markers) {
    Map<Character, List<Marker>> map = new HashMap<>();
    for (Marker m : markers) {
      map.computeIfAbsent(m.phrase().charAt(0), c -> new ArrayList<>()).add(m);
    }
    map.replaceAll((c, list) -> List.copyOf(list));
    return Map.copyOf(map);
  }

  /** The built-in vocabulary. */
  public static MarkerVocabulary standard() {
    return INSTANCE;
  }

  /** The marker the whole line is, once decoration is stripped (see {@link Texts#headingKey}). */
  Optional<Marker> heading(String key) {
    return Optional.ofNullable(headings.get(key));
  }

  /**
   * The marker a short heading ends with ({@code 热门点击排行榜}, {@code 编辑推荐}): a word that names a kind
   * of box, after a few characters that qualify it.
   */
  Optional<Marker> ending(String key) {
    for (Marker m : endings) {
      if (key.endsWith(m.phrase()) && key.length() <= m.phrase().length() + ENDING_HEAD_MAX) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The first (longest) marker the lower-cased line starts with. */
  Optional<Marker> prefix(String lower) {
    if (lower.isEmpty()) {
      return Optional.empty();
    }
    for (Marker m : prefixesByFirst.getOrDefault(lower.charAt(0), List.of())) {
      if (lower.startsWith(m.phrase())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * The marker the lower-cased line contains that starts earliest. One pass over the line with
   * phrases indexed by their first character, instead of one search of the line per phrase.
   */
  Optional<Marker> contained(String lower) {
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (!containsFirstChars.get(c)
          || !containsSingles.get(c)
              && (i + 1 >= lower.length() || !containsPairs.get(pairBit(c, lower.charAt(i + 1))))) {
        continue; // most characters start no phrase: skip the map lookup (and the boxing)
      }
      List<Marker> candidates = containsByFirst.get(c);
      if (candidates == null) {
        continue;
      }
      for (Marker m : candidates) {
        if (lower.startsWith(m.phrase(), i)) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  private static MarkerVocabulary load(String resource) {
    Map<String, Marker> headings = new HashMap<>();
    List<Marker> endings = new ArrayList<>();
    List<Marker> prefixes = new ArrayList<>();
    List<Marker> contains = new ArrayList<>();
    for (String[] f : DataFiles.rows(MarkerVocabulary.class, resource, 3)) {
      Marker m =
          new Marker(
              ChromeKind.valueOf(f[0]),
              Match.valueOf(f[1].toUpperCase(Locale.ROOT)),
              ScriptFold.toHans(f[2].toLowerCase(Locale.ROOT)));
      switch (m.match()) {
        case HEADING -> headings.putIfAbsent(m.phrase(), m);
        case ENDING -> endings.add(m);
        case PREFIX -> prefixes.add(m);
        case CONTAINS -> contains.add(m);
      }
    }
    // Longer prefixes first, so 上一篇文章 wins over 上一篇 and the detail names the longer phrase.
    prefixes.sort((a, b) -> b.phrase().length() - a.phrase().length());
    return new MarkerVocabulary(
        Map.copyOf(headings), List.copyOf(endings), List.copyOf(prefixes), List.copyOf(contains));
  }
}
