package org.zhengwen.internal.text;

/**
 * The one home of title comparison. Titles are compared by their <em>key</em>: the letters and
 * digits of any script, lower-cased, with spaces, punctuation and symbols dropped, so {@code
 * "Kicker: Title!"} and {@code "kicker title"} agree. Every stage that asks "is this the title?"
 * (the HTML region cleaner, the title chooser, the assembler, the text-dump road) asks it here,
 * each through the named comparison its rule needs.
 */
public final class TitleKeys {
  private TitleKeys() {}

  /**
   * Shortest key a block needs to be taken as the beginning of a longer title: shorter keys (a
   * section name, a date) begin too many titles by chance.
   */
  public static final int MIN_HEAD = 8;

  /**
   * Fewest key characters with which one title source can confirm another: shorter keys say nothing
   * about agreement.
   */
  public static final int MIN_CONFIRMING = 4;

  /**
   * When one key begins the other, the shorter must hold at least this share of the longer, in
   * percent, for the two to be the same title (the longer one adds a short tail, such as a cut
   * subtitle, not a whole sentence).
   */
  public static final int SAME_TITLE_PREFIX_PERCENT = 70;

  /**
   * Characters that part a headline from the site and section names a declared title adds, for
   * {@link #isHeadOf}.
   */
  private static final String DECLARED_SEPARATORS = "_|｜-–—·»";

  /** Whether the key keeps the code point: a letter or a digit of any script. */
  public static boolean keeps(int cp) {
    return Character.isLetterOrDigit(cp);
  }

  /**
   * The text's key: its letters and digits (code points, so letters above the BMP count too),
   * lower-cased.
   */
  public static String key(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (keeps(cp)) {
        b.appendCodePoint(Character.toLowerCase(cp));
      }
    }
    return b.toString();
  }

  /** Whether the two texts have the same key: the same words, whatever the punctuation. */
  public static boolean sameKey(String a, String b) {
    return key(a).equals(key(b));
  }

  /**
   * Whether {@code text} repeats the title whose key is {@code titleKey}; never when the title has
   * no key. For dropping a title a page shows twice.
   */
  public static boolean isRepeat(String text, String titleKey) {
    // The key drops characters and never adds any, so a shorter text can't repeat the title.
    return !titleKey.isEmpty() && text.length() >= titleKey.length() && key(text).equals(titleKey);
  }

  /**
   * Whether two keys name the same title: equal, or one begins the other and the shorter holds at
   * least {@link #SAME_TITLE_PREFIX_PERCENT} of the longer. For finding the block that shows a
   * declared (metadata) title; an empty key matches nothing.
   */
  public static boolean sameTitle(String aKey, String bKey) {
    if (aKey.isEmpty() || bKey.isEmpty()) {
      return false;
    }
    if (aKey.equals(bKey)) {
      return true;
    }
    String shorter = aKey.length() < bKey.length() ? aKey : bKey;
    String longer = shorter == aKey ? bKey : aKey;
    return longer.startsWith(shorter)
        && shorter.length() * 100 >= longer.length() * SAME_TITLE_PREFIX_PERCENT;
  }

  /**
   * Whether a block whose key is {@code blockKey} shows the title whose key is {@code titleKey}:
   * the whole title, or a beginning of it at least {@link #MIN_HEAD} long (a headline whose
   * declared title adds a subtitle or the site's name). For finding the headline block near the
   * article's region; an empty title key matches nothing.
   */
  public static boolean beginsTitle(String blockKey, String titleKey) {
    return !titleKey.isEmpty()
        && (blockKey.equals(titleKey)
            || blockKey.length() >= MIN_HEAD && titleKey.startsWith(blockKey));
  }

  /**
   * Whether the block (its key) is the head of the declared title before a separator ({@code
   * _|｜-–—·»}): the page shows {@code Headline} where its metadata says {@code
   * Headline_Section_Site - SITE.COM}, and no rule can tell how many trailing segments are the
   * site's; the page can. The key must be at least {@link #MIN_HEAD} long.
   */
  public static boolean isHeadOf(String blockKey, String declared) {
    if (blockKey.length() < MIN_HEAD) {
      return false;
    }
    // Walks the declared title as key() reads it, without building its key.
    int matched = 0;
    int i = 0;
    while (i < declared.length() && matched < blockKey.length()) {
      int cp = declared.codePointAt(i);
      i += Character.charCount(cp);
      if (keeps(cp)) {
        int lower = Character.toLowerCase(cp);
        if (blockKey.codePointAt(matched) != lower) {
          return false;
        }
        matched += Character.charCount(lower);
      }
    }
    // Closing marks and spaces may stand between the headline and the separator ("3.95%_Site").
    while (i < declared.length()
        && DECLARED_SEPARATORS.indexOf(declared.charAt(i)) < 0
        && !keeps(declared.codePointAt(i))) {
      i += Character.charCount(declared.codePointAt(i));
    }
    return matched == blockKey.length()
        && i < declared.length()
        && DECLARED_SEPARATORS.indexOf(declared.charAt(i)) >= 0;
  }

  /**
   * Whether the page's {@code <title>} (its key, {@code titleTagKey}) confirms a title candidate:
   * it holds the candidate's key, and that key is at least {@link #MIN_CONFIRMING} long.
   */
  public static boolean confirms(String titleTagKey, String candidate) {
    String key = key(candidate);
    return key.length() >= MIN_CONFIRMING && titleTagKey.contains(key);
  }

  /**
   * Whether two title candidates from different sources agree: the same key, at least {@link
   * #MIN_CONFIRMING} long.
   */
  public static boolean agree(String aKey, String b) {
    return aKey.length() >= MIN_CONFIRMING && aKey.equals(key(b));
  }
}
