package org.zhengwen.internal.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Guesses the language of a piece of text, as a BCP-47 tag.
 *
 * <p>The script decides first: the script with most letters wins (Han, kana and hangul count
 * double, since one such character carries about as much as two or three Latin letters, so a
 * Chinese article quoting English names still reads as Chinese). Within a script:
 *
 * <ul>
 *   <li>Han: {@code ja} when kana make a notable share, else {@code zh-Hant} when characters that
 *       exist only in traditional script outnumber those that exist only in simplified script, else
 *       {@code zh-Hans}. Majority, not presence, because pages machine-converted to traditional
 *       often keep a few simplified forms (and the reverse).
 *   <li>Hangul {@code ko}; Arabic {@code ar}; Thai {@code th}; Myanmar {@code my}; Hebrew {@code
 *       he}; Greek {@code el}; Cyrillic {@code uk} when letters only Ukrainian uses (ї, є, ґ) show
 *       up, else {@code ru} (other Cyrillic languages are not told apart).
 *   <li>Latin: a vote of very common function words (resource {@code function-words.tsv}) among en,
 *       de, fr, es, pt, it, nl, id, lv, cs, pl, sv.
 * </ul>
 *
 * <p>Only the first {@value #SAMPLE_CHARS} characters are looked at: more text rarely changes the
 * answer and pages can be megabytes long.
 */
public final class Languages {

  /** How many leading characters of the text are examined. */
  static final int SAMPLE_CHARS = 3_000;

  /** Below this many weighted letters there is too little text to say anything. */
  private static final int MIN_LETTERS = 10;

  /** Longer words are never function words: they are not looked up. */
  private static final int MAX_FUNCTION_WORD = 8;

  /** Share of kana among Han+kana above which Han text is Japanese; Japanese prose runs 40–70%. */
  private static final double KANA_SHARE = 0.10;

  /** The Latin vote's winner needs at least this many (fractional) votes. */
  private static final double MIN_VOTES = 1.5;

  private static final String RESOURCE_DIR = "/org/zhengwen/internal/text/";

  private static final BitSet HANT_ONLY = loadChars("hant-only.txt");
  private static final BitSet HANS_ONLY = loadChars("hans-only.txt");

  /** Tags of the Latin-script languages, in resource order; indices are used in {@link #WORDS}. */
  private static final List<String> LATIN_TAGS = new ArrayList<>();

  /** Function word to the vote it gives each language (index into {@link #LATIN_TAGS}). */
  private static final Map<String, double[]> WORDS = new HashMap<>();

  static {
    loadFunctionWords();
  }

  // Script buckets counted by detect().
  private static final int HAN = 0;
  private static final int KANA = 1;
  private static final int HANGUL = 2;
  private static final int LATIN = 3;
  private static final int CYRILLIC = 4;
  private static final int ARABIC = 5;
  private static final int THAI = 6;
  private static final int MYANMAR = 7;
  private static final int HEBREW = 8;
  private static final int GREEK = 9;
  private static final int BUCKETS = 10;

  private Languages() {}

  /**
   * Guesses the language of {@code text}.
   *
   * @param text any text, e.g. an article's body
   * @return a BCP-47 tag such as {@code zh-Hans}, {@code zh-Hant}, {@code ja} or {@code en}; empty
   *     when there are too few letters, the script is not one this class knows, or the Latin vote
   *     is inconclusive
   */
  public static Optional<String> detect(String text) {
    int end = Math.min(text.length(), SAMPLE_CHARS);
    int[] counts = new int[BUCKETS];
    int hant = 0;
    int hans = 0;
    int ukrainianOnly = 0;
    for (int i = 0; i < end; ) {
      char ch = text.charAt(i);
      if (ch < 0x80) {
        // ASCII, most of the sample on many pages: a letter is Latin, anything else is not counted.
        counts[LATIN] += isAsciiLetter(ch) ? 1 : 0;
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      int bucket = bucket(cp);
      if (bucket < 0) {
        continue;
      }
      counts[bucket]++;
      if (bucket == HAN) {
        if (HANT_ONLY.get(cp)) {
          hant++;
        } else if (HANS_ONLY.get(cp)) {
          hans++;
        }
      } else if (bucket == CYRILLIC
          && (cp == 'ї' || cp == 'Ї' || cp == 'є' || cp == 'Є' || cp == 'ґ' || cp == 'Ґ')) {
        ukrainianOnly++;
      }
    }

    int best = -1;
    int bestWeight = 0;
    int total = 0;
    for (int b = 0; b < BUCKETS; b++) {
      if (b == KANA) {
        continue; // counted together with Han: Japanese mixes both
      }
      int w = weight(b, counts);
      total += w;
      if (w > bestWeight) {
        bestWeight = w;
        best = b;
      }
    }
    if (best < 0 || total < MIN_LETTERS) {
      return Optional.empty();
    }
    return switch (best) {
      case HAN -> {
        int kana = counts[KANA];
        if (kana >= 2 && kana >= KANA_SHARE * (kana + counts[HAN])) {
          yield Optional.of("ja");
        }
        yield Optional.of(hant > hans ? "zh-Hant" : "zh-Hans");
      }
      case HANGUL -> Optional.of("ko");
      case CYRILLIC ->
          Optional.of(ukrainianOnly > 0 && ukrainianOnly * 200 >= counts[CYRILLIC] ? "uk" : "ru");
      case ARABIC -> Optional.of("ar");
      case THAI -> Optional.of("th");
      case MYANMAR -> Optional.of("my");
      case HEBREW -> Optional.of("he");
      case GREEK -> Optional.of("el");
      case LATIN -> voteLatin(text, end);
      default -> Optional.empty();
    };
  }

  private static boolean isAsciiLetter(int c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  }

  /** Weighted letter count of a bucket; Han includes kana so Japanese competes as one script. */
  private static int weight(int bucket, int[] counts) {
    return switch (bucket) {
      case HAN -> 2 * (counts[HAN] + counts[KANA]);
      case HANGUL -> 2 * counts[HANGUL];
      default -> counts[bucket];
    };
  }

  /** The script bucket of a letter, or -1 for scripts this class does not name. */
  private static int bucket(int cp) {
    return switch (Scripts.of(cp)) {
      case HAN -> HAN;
      case HIRAGANA, KATAKANA -> KANA;
      case HANGUL -> HANGUL;
      case LATIN -> LATIN;
      case CYRILLIC -> CYRILLIC;
      case ARABIC -> ARABIC;
      case THAI -> THAI;
      case MYANMAR -> MYANMAR;
      case HEBREW -> HEBREW;
      case GREEK -> GREEK;
      default -> -1;
    };
  }

  /** Splits the sample into lower-cased Latin words and lets each function word vote. */
  private static Optional<String> voteLatin(String text, int end) {
    double[] votes = new double[LATIN_TAGS.size()];
    StringBuilder word = new StringBuilder(16);
    for (int i = 0; i <= end; ) {
      int cp = i < end ? text.codePointAt(i) : ' ';
      i += i < end ? Character.charCount(cp) : 1;
      boolean latinLetter =
          cp < 0x80
              ? isAsciiLetter(cp)
              : Character.isLetter(cp) && Scripts.of(cp) == Character.UnicodeScript.LATIN;
      if (latinLetter) {
        if (word.length() < MAX_FUNCTION_WORD) {
          word.appendCodePoint(Character.toLowerCase(cp));
        } else {
          word.setLength(
              MAX_FUNCTION_WORD + 1); // too long to be a function word: stop collecting it
        }
        continue;
      }
      if (word.length() > 0 && word.length() <= MAX_FUNCTION_WORD) {
        double[] v = WORDS.get(word.toString());
        if (v != null) {
          for (int l = 0; l < votes.length; l++) {
            votes[l] += v[l];
          }
        }
      }
      word.setLength(0);
    }
    int best = -1;
    double bestVotes = 0;
    double second = 0;
    for (int l = 0; l < votes.length; l++) {
      if (votes[l] > bestVotes) {
        second = bestVotes;
        bestVotes = votes[l];
        best = l;
      } else if (votes[l] > second) {
        second = votes[l];
      }
    }
    // A tie means the shared words alone spoke; better to say nothing than to pick one at random.
    if (best < 0 || bestVotes < MIN_VOTES || bestVotes <= second) {
      return Optional.empty();
    }
    return Optional.of(LATIN_TAGS.get(best));
  }

  /** Reads a character list: every non-whitespace code point outside '#' comment lines. */
  private static BitSet loadChars(String name) {
    BitSet set = new BitSet(0xA000);
    for (String line : DataFiles.lines(Languages.class, RESOURCE_DIR + name)) {
      line.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(set::set);
    }
    return set;
  }

  /** Reads {@code function-words.tsv}: a tag, a tab, then space-separated words. */
  private static void loadFunctionWords() {
    Map<String, List<Integer>> langsOfWord = new HashMap<>();
    for (String line : DataFiles.lines(Languages.class, RESOURCE_DIR + "function-words.tsv")) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalStateException("function-words.tsv: no tab in line: " + line);
      }
      String tag = line.substring(0, tab).trim();
      int lang = LATIN_TAGS.indexOf(tag);
      if (lang < 0) {
        lang = LATIN_TAGS.size();
        LATIN_TAGS.add(tag);
      }
      for (String w : line.substring(tab + 1).trim().split(" +")) {
        List<Integer> langs = langsOfWord.computeIfAbsent(w, k -> new ArrayList<>(2));
        if (!langs.contains(lang)) {
          langs.add(lang);
        }
      }
    }
    for (Map.Entry<String, List<Integer>> e : langsOfWord.entrySet()) {
      double[] v = new double[LATIN_TAGS.size()];
      double share = 1.0 / e.getValue().size();
      for (int lang : e.getValue()) {
        v[lang] = share;
      }
      WORDS.put(e.getKey(), v);
    }
  }
}
