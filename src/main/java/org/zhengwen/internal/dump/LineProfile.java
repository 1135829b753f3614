package org.zhengwen.internal.dump;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;
import org.zhengwen.ChromeKind;
import org.zhengwen.internal.blocks.Block;
import org.zhengwen.internal.classify.LineRules;
import org.zhengwen.internal.classify.MetadataLine;
import org.zhengwen.internal.classify.MetadataLines;
import org.zhengwen.internal.classify.PostHeaders;
import org.zhengwen.internal.classify.Verdict;
import org.zhengwen.internal.text.DataFiles;
import org.zhengwen.internal.text.RelativeTimes;
import org.zhengwen.internal.text.ScriptFold;
import org.zhengwen.internal.text.Scripts;
import org.zhengwen.internal.text.Texts;

/**
 * What each line of a dump looks like for region finding: its letters and sentence punctuation, its
 * chrome verdict (the shared line rules plus dump-only shapes) and its metadata, and from those
 * whether it reads as article text. Built once per dump; not thread-safe, not shared.
 */
final class LineProfile {
  /** Article-like: this many letters with sentence punctuation inside. */
  static final int LONG_LETTERS = 30;

  /** Without a closing period, a line needs this much punctuation to be more than a headline. */
  private static final int HEADLINE_PUNCTS = 1;

  /** A name list: at least this many comma-separated items, of at most this many words each. */
  private static final int NAME_LIST_MIN_ITEMS = 12;

  private static final double NAME_LIST_WORDS_PER_ITEM = 2.5;

  /** A name list has at most one full stop per this many items. */
  private static final int NAME_LIST_ITEMS_PER_STOP = 10;

  /** Joined items: at least this many spaces between Han characters, one per this many letters. */
  private static final int JOINED_MIN_GAPS = 3;

  private static final int JOINED_LETTERS_PER_GAP = 30;

  /** Or a shorter sentence that ends like one. */
  static final int SENTENCE_LETTERS = 12;

  /** Letters of an alphabet that weigh as one Han character (see {@link #weightedLetters}). */
  private static final int ALPHABETIC_PER_UNIT = 2;

  /**
   * A line repeated this often in one dump is chrome: "加载更多", "回复", or a sentence-long prompt under
   * every widget (log in to react, to comment).
   */
  private static final int REPEATS = 3;

  private static final int REPEAT_SHORT_LETTERS = 12;
  private static final int REPEAT_MAX_LETTERS = 60;

  /**
   * Runs of this many lines of at most so many letters, neither text nor metadata, are buttons and
   * links.
   */
  private static final int SHORT_RUN = 4;

  private static final int SHORT_RUN_LETTERS = 10;

  /** Runs of this many short lines that end (or start) with a date are teaser lists. */
  private static final int DATED_RUN = 3;

  private static final int DATED_MAX_LETTERS = 60;
  private static final Pattern DATED =
      Pattern.compile(
          "(?:^|.*[\\s(（\\[【|])(?:\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?|\\d{1,2}[-/月]\\d{1,2}日?)"
              + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?[)）\\]】]?\\s*$"
              + "|^[(（\\[【]?(?:\\d{4}[-/.年])?\\d{1,2}[-/.月]\\d{1,2}日?[)）\\]】]?\\s+\\S.*");

  /** A relative time stamp: "2 天前", "23 小時前", "5 hours ago"; its units are data. */
  /** A line with a relative time stamp and at most this many letters is an item's byline. */
  private static final int RELATIVE_MAX_LETTERS = 40;

  /** A stamped line longer than this is a post or paragraph that mentions a time. */
  private static final int STAMP_MAX_LETTERS = 120;

  /** Reprint notices that end an article (data, not code). */
  private static final List<String> REPRINT_NOTICES = wordList("reprint-notices.txt");

  private static final int NOTICE_MAX = 600;

  /**
   * A pager's words: page numbers with a previous/next word or arrows around them (data, not code).
   */
  private static final List<String> PAGER_WORDS = wordList("pager-words.txt");

  /** Words a pager line may hold beside its numbers and pager words (第 3 页, 共 10 页, 跳转). */
  private static final int PAGER_OTHER_LETTERS = 6;

  private static final Pattern PAGE_NUMBER = Pattern.compile("(?<![\\d.])\\d{1,3}(?![\\d.])");

  final int[] letters;
  final int[] puncts;
  final Verdict[] chrome;
  final MetadataLine[] meta;
  final boolean[] articleLike;

  /** Chrome found by dump-only shapes, which the assembler's line rules do not see. */
  final boolean[] dumpOnly;

  /**
   * Lines that carry a date and time among other words: the byline of a post, comment or teaser.
   */
  final boolean[] stamped;

  /** Short lines stamped with an age ({@code 2 天前}, {@code 3 hours ago}), chrome or not. */
  final boolean[] aged;

  /**
   * Lines of link items joined by spaces (a menu or teaser list flattened into one line), or names
   * joined by commas.
   */
  final boolean[] joined;

  /**
   * Lines that head a forum post: a floor number or a "posted" word, and a time, on a short line
   * ({@code gazeldx #3 1 月前}, {@code 发布 #2 2024年5月16日 15点48分}, {@code 发表于 2024-5-18 19:27}).
   */
  final boolean[] postHeader;

  /**
   * Lines in a run of very short lines: buttons and links (share, font size, log in), one a line.
   */
  final boolean[] inShortRun;

  LineProfile(List<Block> blocks) {
    int n = blocks.size();
    letters = new int[n];
    puncts = new int[n];
    chrome = new Verdict[n];
    meta = new MetadataLine[n];
    articleLike = new boolean[n];
    dumpOnly = new boolean[n];
    stamped = new boolean[n];
    joined = new boolean[n];
    aged = new boolean[n];
    inShortRun = new boolean[n];
    postHeader = new boolean[n];
    Map<String, Integer> counts = repeats(blocks);
    for (int i = 0; i < n; i++) {
      profile(i, blocks.get(i).text(), counts);
    }
    markWrappedRuns(blocks);
    markDatedRuns(blocks);
    markShortRuns();
    markFloorLines(blocks);
  }

  /**
   * A floor number alone on its line ({@code #2}, {@code 2楼}, {@code 沙发}) heads a post when the
   * line above or below it is a short line with a time: the dump split the header in two.
   */
  private void markFloorLines(List<Block> blocks) {
    for (int i = 0; i < size(); i++) {
      String t = blocks.get(i).text();
      if (PostHeaders.isFloorAlone(t)
          && (hasShortTime(blocks, i - 1) || hasShortTime(blocks, i + 1))) {
        postHeader[i] = true;
      }
    }
  }

  private boolean hasShortTime(List<Block> blocks, int i) {
    return i >= 0
        && i < size()
        && letters[i] <= PostHeaders.MAX_LETTERS
        && PostHeaders.hasTime(blocks.get(i).text());
  }

  /**
   * Lines of alphabetic text hard-wrapped by the dumper (a table column, a fixed width) are judged
   * together: a line that ends inside a sentence (a letter, comma or hyphen) and a next line that
   * goes on in lower case are one paragraph, and when the joined paragraph reads as article text
   * every line of it does, however short the pieces are.
   */
  private void markWrappedRuns(List<Block> blocks) {
    int n = size();
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && continuesInto(blocks.get(j).text(), blocks.get(j + 1).text())) {
        j++;
      }
      if (j > i) {
        StringBuilder joinedText = new StringBuilder();
        for (int k = i; k <= j; k++) {
          joinedText.append(k > i ? " " : "").append(blocks.get(k).text().strip());
        }
        String t = joinedText.toString();
        if (isArticleLike(t, weightedLetters(t), Texts.sentencePunctCount(t))) {
          for (int k = i; k <= j; k++) {
            articleLike[k] |= chrome[k] == null && meta[k] == null && !stamped[k];
          }
        }
      }
      i = j + 1;
    }
  }

  private static boolean continuesInto(String line, String next) {
    String a = line.strip();
    String b = next.strip();
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    char last = a.charAt(a.length() - 1);
    char first = b.charAt(0);
    return (Character.isLetter(last) && Scripts.isBelowEastAsian(last)
            || last == ','
            || last == '-')
        && Character.isLowerCase(first);
  }

  /** Fills line {@code i}'s entries: shared line rules first, then the dump-only shapes. */
  private void profile(int i, String t, Map<String, Integer> counts) {
    letters[i] = weightedLetters(t);
    puncts[i] = Texts.sentencePunctCount(t);
    chrome[i] = LineRules.chrome(t).orElse(null);
    if (chrome[i] == null) {
      dumpOnly(i, dumpShape(t).orElse(null));
    }
    if (chrome[i] == null || chrome[i].kind() == ChromeKind.NAVIGATION) {
      // A byline has the shape of a menu line; its labels say otherwise (as in the assembler).
      meta[i] = MetadataLines.parse(t).orElse(null);
      chrome[i] = meta[i] != null ? null : chrome[i];
    }
    if (chrome[i] == null
        && meta[i] == null
        && isRepeatable(t, letters[i])
        && counts.getOrDefault(t, 0) >= REPEATS) {
      dumpOnly(
          i, new Verdict(ChromeKind.NAVIGATION, "short line repeated " + counts.get(t) + " times"));
    }
    aged[i] =
        letters[i] <= RELATIVE_MAX_LETTERS
            && t.length() <= RELATIVE_MAX_LETTERS * 3
            && RelativeTimes.in(t);
    if (chrome[i] == null && aged[i]) {
      dumpOnly(i, new Verdict(ChromeKind.RELATED, "item stamped with a relative time"));
      meta[i] = null;
    }
    stamped[i] = meta[i] == null && isStamped(t, letters[i]);
    postHeader[i] = PostHeaders.isHeader(t, letters[i]);
    joined[i] = isJoinedItems(t, letters[i]) || isNameList(t);
    articleLike[i] =
        chrome[i] == null
            && meta[i] == null
            && !stamped[i]
            && !joined[i]
            && readsAsText(t, letters[i], puncts[i]);
  }

  /**
   * Whether the line is items with their date-time stamps: one stamp on a line no longer than
   * {@link #STAMP_MAX_LETTERS}, or several stamps with no more letters than that for each. A list
   * of replies or teasers flattened into one line is as long as a paragraph, but prose does not
   * carry a clock time every sentence or two.
   */
  private static boolean isStamped(String t, int letters) {
    Matcher m = PostHeaders.STAMP.matcher(t);
    int stamps = 0;
    while (m.find()) {
      stamps++;
      if (stamps >= 2 && letters <= STAMP_MAX_LETTERS * stamps) {
        return true;
      }
    }
    return stamps == 1 && letters <= STAMP_MAX_LETTERS && t.length() <= STAMP_MAX_LETTERS * 3;
  }

  /**
   * Whether a line repeated {@link #REPEATS} times is chrome: any short line, and a longer one that
   * is a finished sentence (a prompt); a headline repeats as title, heading and share text.
   */
  private static boolean isRepeatable(String t, int letters) {
    if (letters <= REPEAT_SHORT_LETTERS) {
      return true;
    }
    char last = t.charAt(t.length() - 1);
    return letters <= REPEAT_MAX_LETTERS
        && (last == '。' || last == '！' || last == '.' || last == '!');
  }

  private void dumpOnly(int i, Verdict v) {
    chrome[i] = v;
    dumpOnly[i] = v != null;
  }

  int size() {
    return letters.length;
  }

  /**
   * Whether line {@code i} is chrome that ends an article: related items, comments, pagers,
   * footers.
   */
  boolean isTailChrome(int i) {
    if (chrome[i] == null) {
      return false;
    }
    ChromeKind k = chrome[i].kind();
    return k == ChromeKind.RELATED
        || k == ChromeKind.COMMENT
        || k == ChromeKind.PAGER
        || k == ChromeKind.DISCLAIMER
        || k == ChromeKind.COPYRIGHT;
  }

  /** Whether line {@code i} anchors an article head: a date, source or byline line. */
  boolean isAnchor(int i) {
    MetadataLine m = meta[i];
    return m != null && (m.date().isPresent() || m.source().isPresent() || !m.authors().isEmpty());
  }

  /**
   * Letters weighed by how much a letter says: a Han, kana or Hangul character is about a word, as
   * is a digit run's digit in CJK text; letters of alphabets (Latin, Cyrillic...) count a third,
   * since a word of theirs takes several. So one length scale serves a Chinese and an English dump:
   * a 30-character Chinese sentence and a 90-letter English one weigh alike.
   */
  static int weightedLetters(String t) {
    int syllabic = 0;
    int alphabetic = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      if (!Scripts.isBelowEastAsian(c) || Character.isDigit(c)) {
        syllabic++;
      } else {
        alphabetic++;
      }
    }
    return syllabic + (alphabetic + ALPHABETIC_PER_UNIT - 1) / ALPHABETIC_PER_UNIT;
  }

  /**
   * Sentence-like text: long with punctuation inside, or a sentence that ends like one; not a
   * teaser.
   */
  static boolean isArticleLike(String t, int letters, int puncts) {
    return !isJoinedItems(t, letters) && !isNameList(t) && readsAsText(t, letters, puncts);
  }

  /** {@link #isArticleLike} for a line already known not to be joined items. */
  private static boolean readsAsText(String t, int letters, int puncts) {
    if (StringUtils.endsWithAny(t, "...", "…")) {
      return letters >= LONG_LETTERS * 3 && puncts >= 3;
    }
    char last = t.charAt(t.length() - 1);
    // Headlines of teasers end in ！ or ？ and hold a comma or two; sentences of articles end in 。.
    boolean period =
        last == '。' || last == '”' || last == '」' || last == '.' && letters >= SENTENCE_LETTERS * 2;
    if (letters >= LONG_LETTERS && puncts >= (period ? 1 : HEADLINE_PUNCTS)) {
      return true;
    }
    return letters >= SENTENCE_LETTERS && puncts >= 1 && period;
  }

  /**
   * Whether a CJK line is link items joined by spaces (a list flattened into one line): Chinese
   * sentences run without spaces, so many spaces between Han characters and hardly a full stop mean
   * headlines side by side.
   */
  static boolean isJoinedItems(String t, int letters) {
    int gaps = 0;
    int stops = 0;
    for (int i = 1; i < t.length() - 1; i++) {
      char c = t.charAt(i);
      if (Texts.isCjkSentenceStop(c)) {
        stops++;
      } else if ((c == ' ' || c == '\u00a0')
          && isCjkSide(t.charAt(i - 1))
          && isCjkSide(t.charAt(i + 1))) {
        gaps++;
      }
    }
    return gaps >= JOINED_MIN_GAPS && stops <= 1 && gaps * JOINED_LETTERS_PER_GAP >= letters;
  }

  /**
   * Whether the line is a list of names or tags joined by commas (who left kudos, a tag cloud):
   * many items of a word or two each, and hardly a full stop. Sentences with commas have longer
   * clauses. Only for scripts that put spaces between words: a Chinese clause between commas is one
   * run.
   */
  static boolean isNameList(String t) {
    int items = 1;
    int words = 0;
    int stops = 0;
    boolean inWord = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (isCjkSide(c) && !Character.isDigit(c)
          || Scripts.of(c) == Character.UnicodeScript.HANGUL) {
        return false;
      }
      if (c == ',') {
        items++;
      } else if (c == '.' || c == '!' || c == '?' || Texts.isCjkSentenceStop(c)) {
        stops++;
      }
      boolean letter = Character.isLetterOrDigit(c);
      words += letter && !inWord ? 1 : 0;
      inWord = letter;
    }
    return items >= NAME_LIST_MIN_ITEMS
        && words <= NAME_LIST_WORDS_PER_ITEM * items
        && stops * NAME_LIST_ITEMS_PER_STOP <= items;
  }

  /**
   * A character of a script written without spaces between words (Han, kana) or a digit: only
   * between those does a space mark an item boundary. Hangul, Thai and Burmese put spaces between
   * words or phrases inside a sentence. Tabs (table cells) and ideographic spaces (indents) join no
   * items.
   */
  private static boolean isCjkSide(char c) {
    if (Character.isDigit(c)) {
      return true;
    }
    Character.UnicodeScript s = Scripts.of(c);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA;
  }

  /**
   * Chrome shapes seen in dumps but left to the HTML road's own structure there: reprint notices,
   * pagers.
   */
  private static Optional<Verdict> dumpShape(String t) {
    if (t.length() <= NOTICE_MAX) {
      String folded = ScriptFold.toHans(t);
      for (String phrase : REPRINT_NOTICES) {
        if (folded.contains(phrase)) {
          return Optional.of(new Verdict(ChromeKind.DISCLAIMER, "contains '" + phrase + "'"));
        }
      }
    }
    if (t.length() > 80) {
      return Optional.empty();
    }
    String rest = ScriptFold.toHans(t.toLowerCase(Locale.ROOT));
    boolean pagerWord = false;
    for (String w : PAGER_WORDS) {
      pagerWord |= rest.contains(w);
      rest = rest.replace(w, " ");
    }
    if (!pagerWord) {
      return Optional.empty();
    }
    int numbers = 0;
    var m = PAGE_NUMBER.matcher(rest);
    while (m.find()) {
      numbers++;
    }
    int other = Texts.letterCount(rest) - Texts.digitCount(rest);
    return numbers >= 2 && other <= PAGER_OTHER_LETTERS
        ? Optional.of(new Verdict(ChromeKind.PAGER, "page numbers with previous/next links"))
        : Optional.empty();
  }

  /**
   * A word list from a resource beside this class: one a line, # comments, lower-cased and folded
   * to simplified script (lines are folded the same way before they are searched).
   */
  private static List<String> wordList(String name) {
    return DataFiles.words(LineProfile.class, name).stream().map(ScriptFold::toHans).toList();
  }

  private static Map<String, Integer> repeats(List<Block> blocks) {
    Map<String, Integer> counts = new HashMap<>();
    for (Block b : blocks) {
      if (b.text().length() <= REPEAT_MAX_LETTERS * 2) {
        counts.merge(b.text(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * Marks runs of at least {@link #SHORT_RUN} lines of at most {@link #SHORT_RUN_LETTERS} letters
   * that are neither text nor a date, source or byline: a paragraph's sub-heading stands alone
   * between paragraphs, a block of buttons and links does not.
   */
  private void markShortRuns() {
    int n = size();
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && letters[j] <= SHORT_RUN_LETTERS && !articleLike[j] && !isAnchor(j)) {
        j++;
      }
      if (j - i >= SHORT_RUN) {
        java.util.Arrays.fill(inShortRun, i, j, true);
      }
      i = Math.max(j, i + 1);
    }
  }

  /**
   * Runs of short lines that each carry a date at an end are teaser lists (titles with their
   * dates).
   */
  private void markDatedRuns(List<Block> blocks) {
    int n = size();
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && isDatedItem(blocks.get(j).text(), j)) {
        j++;
      }
      if (j - i >= DATED_RUN) {
        for (int k = i; k < j; k++) {
          chrome[k] = new Verdict(ChromeKind.RELATED, "list of " + (j - i) + " dated items");
          meta[k] = null;
          articleLike[k] = false;
          dumpOnly[k] = true;
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  private boolean isDatedItem(String t, int i) {
    return letters[i] <= DATED_MAX_LETTERS
        && t.length() <= DATED_MAX_LETTERS * 3
        && (chrome[i] == null || chrome[i].kind() == ChromeKind.NAVIGATION)
        && letters[i] > 8
        && DATED.matcher(t).matches();
  }
}
