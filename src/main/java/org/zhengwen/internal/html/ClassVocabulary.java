package org.zhengwen.internal.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.zhengwen.ChromeKind;
import org.zhengwen.internal.text.DataFiles;

/**
 * The class/id vocabulary of {@code class-vocabulary.tsv}: which words in an element's class, id,
 * tag name or ARIA role say "article text lives here" and which say "this is chrome of kind K".
 *
 * <p>Names are cut into parts on separators, camelCase and letter/digit changes, and tokens match
 * whole parts (or runs of parts), so {@code head} matches {@code top-head} but not {@code
 * headline}. Tokens marked with {@code *} may also match as a prefix or suffix of a part, for
 * compounds written without separators.
 */
final class ClassVocabulary {
  /** Longest class/id attribute looked at; hostile pages may carry megabytes there. */
  private static final int MAX_ATTR = 300;

  /** Longest run of parts a multi-part token may have. */
  private static final int MAX_RUN = 3;

  private static final ClassVocabulary STANDARD = load();

  /**
   * What one element's names said; {@code credit} when one of them names an image's credit (a
   * {@link ChromeKind#CAPTION} token of the {@code CREDIT} rows), which a figure sets apart from
   * its caption.
   */
  record Match(
      @Nullable ChromeKind negative,
      String negativeToken,
      boolean positive,
      String positiveToken,
      boolean dialog,
      boolean credit) {
    static final Match NONE = new Match(null, "", false, "", false, false);

    boolean isEmpty() {
      return negative == null && !positive;
    }

    /** Human-readable reason, e.g. {@code class=related-news}. */
    String describe() {
      return negativeToken;
    }
  }

  /**
   * A token's meaning: a chrome kind, or null for positive; {@code dialog} for consent and alert
   * dialogs, {@code credit} for an image's credit.
   */
  private record Entry(@Nullable ChromeKind kind, String token, boolean dialog, boolean credit) {}

  private final Map<String, Entry> exact = new HashMap<>();
  private final List<Entry> prefixes = new ArrayList<>();

  /**
   * Whole parts that prefix and suffix tokens never match ({@code commentary} is a genre, not
   * comments).
   */
  private final Set<String> neutral = new HashSet<>();

  /**
   * CSS utility words (padding, margin …): the part after one is a side or a size, not a widget's
   * name.
   */
  private final Set<String> layout = new HashSet<>();

  /**
   * Words that make a name a feature flag ({@code enableAdSlots}, {@code comments-enabled}): such a
   * name says what the element allows, not what it is.
   */
  private final Set<String> state = new HashSet<>();

  private final List<Entry> suffixes = new ArrayList<>();
  private EdgeIndex prefixesByFirst = new EdgeIndex(Map.of());
  private EdgeIndex suffixesByLast = new EdgeIndex(Map.of());

  private ClassVocabulary() {}

  /** The vocabulary shipped with the library. */
  static ClassVocabulary standard() {
    return STANDARD;
  }

  private static ClassVocabulary load() {
    ClassVocabulary v = new ClassVocabulary();
    for (String line : DataFiles.lines(ClassVocabulary.class, "class-vocabulary.tsv")) {
      v.addLine(line);
    }
    v.prefixesByFirst = indexBy(v.prefixes, true);
    v.suffixesByLast = indexBy(v.suffixes, false);
    return v;
  }

  private void addLine(String line) {
    if (line.isBlank() || line.startsWith("#")) {
      return;
    }
    String[] cols = line.split("\t");
    if (cols.length < 2) {
      throw new IllegalStateException("bad vocabulary line: " + line);
    }
    if (cols[0].equals("LAYOUT")) {
      layout.add(cols[1].trim().toLowerCase(Locale.ROOT));
      return;
    }
    if (cols[0].equals("STATE")) {
      state.add(cols[1].trim().toLowerCase(Locale.ROOT));
      return;
    }
    if (cols[0].equals("NEUTRAL")) {
      neutral.add(cols[1].trim().toLowerCase(Locale.ROOT));
      return;
    }
    // DIALOG tokens are boilerplate that is never the article, however much prose it holds.
    boolean dialog = cols[0].equals("DIALOG");
    // CREDIT tokens are captions too; a figure whose captions are asked for sets them apart.
    boolean credit = cols[0].equals("CREDIT");
    ChromeKind kind =
        cols[0].equals("POSITIVE")
            ? null
            : dialog
                ? ChromeKind.BOILERPLATE
                : credit ? ChromeKind.CAPTION : ChromeKind.valueOf(cols[0]);
    String token = cols[1].trim().toLowerCase(Locale.ROOT);
    if (token.startsWith("*")) {
      suffixes.add(new Entry(kind, token.substring(1), dialog, credit));
    } else if (token.endsWith("*")) {
      prefixes.add(new Entry(kind, token.substring(0, token.length() - 1), dialog, credit));
    } else {
      exact.put(token.replace('-', '_'), new Entry(kind, token, dialog, credit));
    }
  }

  /**
   * Per-walk memo of what each class or id name matched: a page repeats the same names on hundreds
   * of elements, so each distinct name is cut into parts and looked up once. One per walk; not
   * thread-safe.
   */
  static final class Memo {
    private final Map<String, Entry[]> byName = new HashMap<>();

    /**
     * Whole answers by tag, then class, for elements without an id: most repeat a combination seen
     * before.
     */
    private final Map<String, Map<String, Match>> byTagAndClass = new HashMap<>();
  }

  private static final Entry[] NO_HITS = new Entry[3];

  /** Matches an element's tag, role, itemprop, class and id against the vocabulary. */
  Match match(Element el) {
    return match(el, new Memo());
  }

  /** As {@link #match(Element)}, remembering answers in {@code memo}. */
  Match match(Element el, Memo memo) {
    String role = Attrs.get(el, "role");
    String itemprop = Attrs.get(el, "itemprop");
    if (!role.isEmpty() || !itemprop.isEmpty()) {
      return compute(el, memo); // rare: not worth a key
    }
    String id = Attrs.get(el, "id");
    if (!id.isEmpty()) {
      return compute(el, memo); // ids are mostly unique: the per-name memo is the cache that helps
    }
    Map<String, Match> byClass =
        memo.byTagAndClass.computeIfAbsent(el.normalName(), t -> new HashMap<>());
    String cls = Attrs.get(el, "class");
    Match m = byClass.get(cls);
    if (m == null) {
      m = compute(el, memo);
      byClass.put(cls, m);
    }
    return m;
  }

  private Match compute(Element el, Memo memo) {
    Acc acc = new Acc();
    lookupExact("<" + el.normalName() + ">", "<" + el.normalName() + ">", acc);
    String role = Attrs.get(el, "role");
    if (!role.isEmpty()) {
      lookupExact("role:" + role.toLowerCase(Locale.ROOT), "role=" + role, acc);
    }
    String itemprop = Attrs.get(el, "itemprop");
    if (!itemprop.isEmpty()) {
      lookupExact("itemprop:" + itemprop.toLowerCase(Locale.ROOT), "itemprop=" + itemprop, acc);
    }
    matchNames(Attrs.get(el, "id"), "id=", acc, memo);
    matchNames(Attrs.get(el, "class"), "class=", acc, memo);
    return acc.toMatch();
  }

  private void matchNames(String attr, String label, Acc acc, Memo memo) {
    if (attr.isEmpty()) {
      return;
    }
    int end = Math.min(attr.length(), MAX_ATTR);
    int i = 0;
    while (i < end) {
      while (i < end && Character.isWhitespace(attr.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < end && !Character.isWhitespace(attr.charAt(i))) {
        i++;
      }
      if (i > start && !(label.equals("id=") && isHeadingSlug(attr, start, i))) {
        String name = attr.substring(start, i);
        Entry[] hits = memo.byName.computeIfAbsent(name, this::hitsOf);
        for (Entry e : hits) {
          if (e != null) {
            acc.add(e, label + name);
          }
        }
      }
    }
  }

  /**
   * An id of four or more hyphen-joined words ({@code sharing-with-a-single-developer}) is an
   * anchor made from a section heading, not a widget name: its words describe the prose, so they
   * are not matched.
   */
  private static boolean isHeadingSlug(String attr, int start, int end) {
    int hyphens = 0;
    for (int i = start; i < end; i++) {
      if (attr.charAt(i) == '-') {
        hyphens++;
      }
    }
    return hyphens >= 3;
  }

  /**
   * The first negative, the first positive and the first credit entry a single name matches (any
   * may be null). The credit entry only adds its flag: it is a negative entry, so the name's first
   * negative entry is already set when there is one.
   */
  private Entry[] hitsOf(String name) {
    Acc acc = new Acc();
    matchName(name, "", acc);
    return acc.negativeEntry == null && acc.positiveEntry == null
        ? NO_HITS
        : new Entry[] {acc.negativeEntry, acc.positiveEntry, acc.creditEntry};
  }

  private void matchName(String name, String described, Acc acc) {
    List<String> parts = splitParts(name);
    if (isStateName(parts)) {
      return;
    }
    for (int i = 0; i < parts.size(); i++) {
      if (layout.contains(parts.get(i))) {
        i++; // ipsPadding_bottom, border-bottom: the side of a box, not the page's footer
        continue;
      }
      String run = parts.get(i);
      lookupExact(run, described, acc);
      for (int len = 2; len <= MAX_RUN && i + len <= parts.size(); len++) {
        run = run + '_' + parts.get(i + len - 1);
        lookupExact(run, described, acc);
      }
      if (!neutral.contains(parts.get(i))) {
        matchAffixes(parts.get(i), described, acc);
      }
    }
  }

  /** A name of two or more parts that starts or ends with a state word names no widget. */
  private boolean isStateName(List<String> parts) {
    return parts.size() > 1
        && (state.contains(parts.get(0)) || state.contains(parts.get(parts.size() - 1)));
  }

  private void matchAffixes(String part, String described, Acc acc) {
    // Entries are grouped by first (prefix) or last (suffix) letter, so a part is checked only
    // against
    // the few tokens that could fit it.
    for (Entry e : byEdge(prefixesByFirst, part.charAt(0))) {
      if (part.length() > e.token().length() && part.startsWith(e.token())) {
        acc.add(e, described);
      }
    }
    for (Entry e : byEdge(suffixesByLast, part.charAt(part.length() - 1))) {
      if (part.length() > e.token().length() && part.endsWith(e.token())) {
        acc.add(e, described);
      }
    }
  }

  private static List<Entry> byEdge(EdgeIndex index, char c) {
    return index.get(c);
  }

  private static EdgeIndex indexBy(List<Entry> entries, boolean first) {
    Map<Character, List<Entry>> map = new HashMap<>();
    for (Entry e : entries) {
      String t = e.token();
      map.computeIfAbsent(first ? t.charAt(0) : t.charAt(t.length() - 1), c -> new ArrayList<>())
          .add(e);
    }
    return new EdgeIndex(map);
  }

  /**
   * Entries by one edge character. ASCII characters, which nearly all class names start and end
   * with, are looked up in an array: this runs for every distinct class and id name of every page.
   */
  private static final class EdgeIndex {
    private final List<List<Entry>> ascii = new ArrayList<>(128);
    private final Map<Character, List<Entry>> other = new HashMap<>();

    EdgeIndex(Map<Character, List<Entry>> byChar) {
      for (int c = 0; c < 128; c++) {
        ascii.add(List.copyOf(byChar.getOrDefault((char) c, List.of())));
      }
      byChar.forEach(
          (c, list) -> {
            if (c >= 128) {
              other.put(c, List.copyOf(list));
            }
          });
    }

    List<Entry> get(char c) {
      return c < 128 ? ascii.get(c) : other.getOrDefault(c, List.of());
    }
  }

  private void lookupExact(String key, String described, Acc acc) {
    Entry e = exact.get(key);
    if (e != null) {
      acc.add(e, described);
    }
  }

  /**
   * Cuts a class or id name into lower-case parts: on any non-alphanumeric character, at
   * lower-to-upper case changes (relatedNews), and between letters and digits (news2).
   */
  static List<String> splitParts(String name) {
    List<String> parts = new ArrayList<>(4);
    int start = -1; // where the part being read began, or -1 between parts
    char prev = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        start = endPart(name, start, i, parts);
      } else {
        boolean camel = Character.isUpperCase(c) && Character.isLowerCase(prev);
        boolean digitChange = start >= 0 && Character.isDigit(c) != Character.isDigit(prev);
        if (camel || digitChange) {
          start = endPart(name, start, i, parts);
        }
        start = start < 0 ? i : start;
      }
      prev = c;
    }
    endPart(name, start, name.length(), parts);
    return parts;
  }

  /** Adds the part {@code [start, end)} lower-cased, if one is open; returns -1 (no part open). */
  private static int endPart(String name, int start, int end, List<String> parts) {
    if (start >= 0 && end > start) {
      parts.add(name.substring(start, end).toLowerCase(Locale.ROOT));
    }
    return -1;
  }

  /** Collects the first negative and the first positive hit. */
  private static final class Acc {
    @Nullable ChromeKind negative;
    String negativeToken = "";
    boolean positive;
    String positiveToken = "";

    @Nullable Entry negativeEntry;
    @Nullable Entry positiveEntry;
    @Nullable Entry creditEntry;

    boolean dialog;

    void add(Entry e, String described) {
      dialog |= e.dialog();
      if (e.credit() && creditEntry == null) {
        creditEntry = e;
      }
      if (e.kind() == null) {
        if (!positive) {
          positive = true;
          positiveToken = described;
          positiveEntry = e;
        }
      } else if (negative == null) {
        negative = e.kind();
        negativeToken = described;
        negativeEntry = e;
      }
    }

    Match toMatch() {
      if (negative == null && !positive) {
        return Match.NONE;
      }
      return new Match(
          negative, negativeToken, positive, positiveToken, dialog, creditEntry != null);
    }
  }
}
