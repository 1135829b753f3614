package org.zhengwen.internal.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;
import org.jspecify.annotations.Nullable;
import org.zhengwen.PublishedDate;
import org.zhengwen.internal.text.DataFiles;
import org.zhengwen.internal.text.DateTimes;
import org.zhengwen.internal.text.ScriptFold;
import org.zhengwen.internal.text.Scripts;
import org.zhengwen.internal.text.Texts;

/**
 * Recognises metadata lines: {@code 来源:阿坝日报 2020-02-07 00:39}, {@code 甘孜日報 2020年02月17日}, {@code
 * 责任编辑:孔德明}, {@code 【编辑:阿琳娜】}, {@code 记者 尚丽娟}, {@code ·本报评论员·}, {@code ◎甘孜党建}, {@code By Jane Doe}.
 * A line is metadata only when labels, names and a date are all it holds: a sentence that mentions
 * a 记者 is body text. Stateless and thread-safe.
 */
public final class MetadataLines {
  private static final int MAX_LENGTH = 120;
  private static final int MAX_NAME = 30;

  /** The labels of {@code metadata-labels.tsv} (lower-case) and the role of each one's value. */
  private static final Map<String, Role> ROLES = loadRoles();

  /** The labels, found in one pass over a line. */
  private static final LabelIndex LABELS = new LabelIndex(ROLES.keySet());

  private static final Pattern URL = Pattern.compile("https?://[^\\s，。、)）】]{1,300}");
  private static final Pattern DOTTED_BYLINE =
      Pattern.compile("[·•・]\\s*([^·•・\\s][^·•・]{0,18}?)\\s*[·•・]");
  private static final Pattern CIRCLE_BYLINE = Pattern.compile("[◎○●]\\s*([^◎○●]{2,20})");
  private static final Pattern SLASH_BYLINE = Pattern.compile("文\\s*[/／]\\s*(.{2,30})");

  /** A capitalised name word, and the words that join two names. */
  private static final String NAME = "[\\p{Lu}][\\p{L}.'’-]+";

  /** A writer's role after the name: capitalised words, none a name of the byline's join words. */
  private static final String ROLE = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,4}";

  private static final String JOIN =
      "(?:\\s+(?i:and|und|et|y|e|en|og|och|with|mit|avec|con|com))?\\s+";

  /** "By" and up to six names, then perhaps the writer's role ("By Jane Doe, Health Reporter"). */
  private static final Pattern ENGLISH_BYLINE =
      Pattern.compile(
          "(?i:by)\\s+(" + NAME + "(?:" + JOIN + NAME + "){0,5})(?:,\\s*" + ROLE + ")?");

  /**
   * The other byline words of {@code dateline-words.tsv} (Von, Par, Por …) take two names at least:
   * "Por Qué Importa" is a heading, "Von Nina Magoley" a byline.
   */
  private static final Pattern OTHER_BYLINE =
      Pattern.compile(
          "(?i:"
              + String.join(
                  "|", DatelineWords.bylineWords().stream().filter(w -> !w.equals("by")).toList())
              + ")\\s+("
              + NAME
              + "(?:"
              + JOIN
              + NAME
              + "){1,5})");

  private static final Pattern ENGLISH_NAME_SPLIT =
      Pattern.compile(
          "(?i)\\s*(?:,|;|\\b(?:and|und|et|y|e|en|og|och|with|mit|avec|con|com)\\b)\\s*");
  private static final Pattern NAME_SPLIT = Pattern.compile("[\\s\\u3000、，,;；/／和]+");
  private static final String OPENING_BRACKETS = "【[（(";
  private static final String CLOSING_BRACKETS = "】]）)";

  /**
   * Last characters of an outlet's name: agency (社), paper (报), station (台), site (网), journal (刊).
   */
  private static final String OUTLET_ENDINGS = "社报台网刊";

  /** Longest outlet name before a reporter's or editor's label. */
  private static final int MAX_OUTLET = 10;

  /** Longest link text after a bracketed sign-off ({@code 返回搜狐，查看更多}). */
  private static final int MAX_SIGN_OFF_LINK = 12;

  private static final Pattern ENCLOSING = Pattern.compile("^[【\\[（(]\\s*|\\s*[】\\]）)]$");
  private static final Pattern FIELD_EDGES = Pattern.compile("^[:：\\s]+|[\\s|｜]+$");
  private static final Pattern ROLE_PREFIX = Pattern.compile("^(?:本报|本報|特约|实习)?(?:记者|記者|通讯员|通訊員)");

  /** The spaces a regex's {@code \\s} means, which may stand between a label and its colon. */
  private static final String LABEL_SPACE = " \t\n\u000B\f\r";

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern EDGE_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

  /** "小满种菜 发表于 DATE": a forum poster before the posting label, the date cut out after it. */
  private static final Pattern POSTED_AT =
      Pattern.compile("\\S.{0,19}?\\s*(?:发表于|發表於|发布于|發佈於|发表在)\\s*");

  /** "某某于 2024-05-06 15:47:53 发布": who posted it, the date cut out between. */
  private static final Pattern POSTED_BY =
      Pattern.compile("(\\S.{0,19}?)\\s*[于於]\\s+(?:发布|發佈|發布|发表|發表|更新|编辑|編輯)");

  /** A clock time as one word, the forms DateTimes leaves: {@code 6.05pm}, {@code 18h30}. */
  private static final Pattern CLOCK_WORD =
      Pattern.compile("(?i)\\d{1,2}[.:h]\\d{2}(?:[ap]\\.?m\\.?)?");

  /** "by" and a name written in a script without capitals. */
  private static final Pattern BY_UNCASED_NAME =
      Pattern.compile("(?i:by)\\s+([" + Scripts.CJK_CLASS + "].{0,29})");

  /** Two or three capitalised words: a person's name in a Latin script. */
  private static final Pattern PERSON_NAME = Pattern.compile(NAME + "(?:\\s+" + NAME + "){1,2}");

  /** The mark that sets an outlet off from the date before it. */
  private static final Pattern OUTLET_MARK = Pattern.compile("^[·•・|｜丨/／–—-]\\s*");

  /** "报道", or a place then "报道" ("港灣報導"): where the report was filed from, not a name. */
  private static final Pattern REPORTS = Pattern.compile("(?:报道|報導|报导|報道)$");

  private static final Pattern COUNT = Pattern.compile("[\\d\\s次人]*");

  private MetadataLines() {}

  /**
   * Whether the line's date is a later revision's, not the publication's ({@code Last updated: May
   * 5, 2024}, 更新时间): see {@code revised} in {@code dateline-words.tsv}.
   */
  public static boolean isRevisionLine(String text) {
    return DatelineWords.isRevisionLine(text);
  }

  /**
   * Whether the text holds a label of {@code metadata-labels.tsv} (来源, 记者, 编辑 …): a line that says
   * what its fields are, unlike a masthead or a teaser with its date.
   */
  public static boolean hasLabel(String text) {
    return LABELS.find(ScriptFold.toHans(text), 0) != null;
  }

  /** The metadata the line holds, or empty if it is not a metadata line. */
  public static Optional<MetadataLine> parse(String text) {
    String t = Texts.trimPad(text);
    if (t.isEmpty() || t.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Optional<MetadataLine> whole = hasSentenceEnd(t) ? Optional.empty() : parseLine(t);
    int close = closingBracket(t);
    if (close > 0
        && close < t.length() - 1
        && (whole.isEmpty() || hasBracketInFields(whole.get()))) {
      // Read whole, （责任编辑：李明）返回首页 gives the editor "李明）返回首页"; its fields end at the bracket.
      Optional<MetadataLine> signOff = signOffInBrackets(t, close);
      if (signOff.isPresent()) {
        return signOff;
      }
    }
    return whole;
  }

  /** Whether a field read from a whole line runs past a closing bracket. */
  private static boolean hasBracketInFields(MetadataLine m) {
    List<String> fields = new ArrayList<>(m.authors());
    m.source().ifPresent(fields::add);
    m.editor().ifPresent(fields::add);
    return fields.stream().anyMatch(f -> StringUtils.containsAny(f, CLOSING_BRACKETS));
  }

  /** {@link #parse} of a trimmed line of at most {@link #MAX_LENGTH} without a sentence end. */
  private static Optional<MetadataLine> parseLine(String line) {
    String t = ENCLOSING.matcher(line).replaceAll("");
    if (DatelineWords.isBareBylineWord(t)) {
      // "By" alone: the name is a link of its own, on the next line or nowhere.
      return Optional.of(
          new MetadataLine(
              Optional.empty(),
              Optional.empty(),
              List.of(),
              Optional.empty(),
              Optional.empty(),
              true));
    }
    Optional<MetadataLine> byline = byline(t);
    if (byline.isPresent()) {
      return byline;
    }
    return labelled(t);
  }

  private static boolean hasSentenceEnd(String t) {
    return StringUtils.containsAny(t, '。', '！', '？', '，');
  }

  private static Optional<MetadataLine> byline(String t) {
    Matcher m = DOTTED_BYLINE.matcher(t);
    if (m.matches()) {
      return authorsLine(m.group(1));
    }
    m = CIRCLE_BYLINE.matcher(t);
    if (m.matches()) {
      return authorsLine(m.group(1));
    }
    m = SLASH_BYLINE.matcher(t);
    if (m.matches()) {
      return authorsLine(m.group(1));
    }
    return bylineWordNames(t)
        .map(
            names ->
                new MetadataLine(
                    Optional.empty(),
                    Optional.empty(),
                    names,
                    Optional.empty(),
                    Optional.empty(),
                    true));
  }

  /**
   * The names of a byline that starts with a byline word ({@link #ENGLISH_BYLINE}, else {@link
   * #OTHER_BYLINE}), if the text is one.
   */
  private static Optional<List<String>> bylineWordNames(String t) {
    Matcher m = ENGLISH_BYLINE.matcher(t);
    if (!m.matches()) {
      m = OTHER_BYLINE.matcher(t);
    }
    return m.matches() ? Optional.of(englishNames(m.group(1))) : Optional.empty();
  }

  /** Western names contain spaces: split only between names. */
  private static List<String> englishNames(String names) {
    return List.of(ENGLISH_NAME_SPLIT.split(Texts.trimPad(names)));
  }

  /**
   * The text without the dateline words and punctuation at its ends ("By Jane Doe on" → "By Jane
   * Doe").
   */
  private static String withoutDatelineWords(String text) {
    String[] words = WHITESPACE.split(text.trim());
    int from = 0;
    int to = words.length;
    while (from < to && isDatelineWordOrMark(words[from])) {
      from++;
    }
    while (to > from && isDatelineWordOrMark(words[to - 1])) {
      to--;
    }
    return String.join(" ", Arrays.asList(words).subList(from, to));
  }

  private static boolean isDatelineWordOrMark(String word) {
    String w = EDGE_MARKS.matcher(word).replaceAll("");
    return w.isEmpty() || DatelineWords.isDatelineWord(w) || CLOCK_WORD.matcher(w).matches();
  }

  private static Optional<MetadataLine> authorsLine(String names) {
    List<String> authors = names(names);
    if (authors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new MetadataLine(
            Optional.empty(), Optional.empty(), authors, Optional.empty(), Optional.empty(), true));
  }

  private static Optional<MetadataLine> labelled(String line) {
    String t = line;
    Optional<PublishedDate> date = Optional.empty();
    Optional<DateTimes.Found> found = DateTimes.find(t);
    if (found.isPresent()) {
      date = Optional.of(found.get().date());
      t = t.substring(0, found.get().start()) + "  " + t.substring(found.get().end());
    }
    Optional<String> url = Optional.empty();
    Matcher um = URL.matcher(t);
    if (um.find()) {
      url = Optional.of(um.group());
      t = t.substring(0, um.start()) + "  " + t.substring(um.end());
    }
    List<LabelSpan> spans = new ArrayList<>();
    // Labels are found in the line folded to simplified script (same length: the spans index t).
    String folded = ScriptFold.toHans(t);
    for (LabelSpan l = LABELS.find(folded, 0); l != null; l = LABELS.find(folded, l.end())) {
      spans.add(l);
    }
    String before = Texts.trimPad(spans.isEmpty() ? t : t.substring(0, spans.get(0).start()));
    if (spans.isEmpty()) {
      return unlabelled(line, before, date, url);
    }
    // "新华社记者 王五", "（松花江网编辑 孙桂芳）": the outlet a reporter or editor works for, before the label.
    // A photo credit (新华社记者 李梦馨 摄) goes with its picture's caption.
    boolean outlet =
        !before.isEmpty() && !t.strip().endsWith("摄") && isOutletOfPerson(before, spans.get(0));
    if (!before.isEmpty() && !outlet && (date.isEmpty() || !isName(before))) {
      return Optional.empty();
    }
    // A masthead before a date is the source; the outlet of a person alone is not (a 来源 line
    // says that).
    Optional<String> source =
        date.isPresent() && !before.isEmpty() ? Optional.of(before) : Optional.empty();
    List<String> authors = new ArrayList<>();
    Optional<String> editor = Optional.empty();
    for (int i = 0; i < spans.size(); i++) {
      int end = i + 1 < spans.size() ? spans.get(i + 1).start() : t.length();
      String value = firstField(t.substring(spans.get(i).end(), end));
      if (value.length() > MAX_NAME) {
        return Optional.empty();
      }
      if (value.isEmpty()) {
        continue;
      }
      switch (ROLES.getOrDefault(spans.get(i).label(), Role.IGNORED)) {
        case SOURCE -> source = Optional.of(value);
        case AUTHOR -> authors.addAll(names(value));
        case EDITOR -> editor = Optional.of(value);
        case IGNORED -> {
          if (!COUNT.matcher(value).matches() && !isName(value)) {
            return Optional.empty();
          }
        }
      }
    }
    return Optional.of(new MetadataLine(date, source, List.copyOf(authors), editor, url, true));
  }

  /**
   * Where the bracket that opens the line closes, or -1: {@code （编辑：小何）返回首页} has its fields in the
   * brackets and a link after them.
   */
  private static int closingBracket(String t) {
    int kind = OPENING_BRACKETS.indexOf(t.charAt(0));
    return kind < 0 ? -1 : t.indexOf(CLOSING_BRACKETS.charAt(kind), 1);
  }

  /**
   * A labelled field in brackets followed by a few words of a link ({@code （责任编辑：李明）返回首页}, {@code
   * 【编辑：小何】返回搜狐，查看更多}): the fields are the line's; the link goes with it. A bracketed byline before
   * a sentence ({@code （记者 王五）昨天，市政府宣布……}) opens a paragraph and is not one.
   */
  private static Optional<MetadataLine> signOffInBrackets(String t, int close) {
    String rest = Texts.trimPad(t.substring(close + 1));
    // A date after the brackets is the line's too: （记者 王五）2024年5月1日 08:30.
    Optional<DateTimes.Found> date = DateTimes.find(rest);
    String link =
        date.map(d -> Texts.trimPad(rest.substring(0, d.start()) + rest.substring(d.end())))
            .orElse(rest);
    if (link.length() > MAX_SIGN_OFF_LINK
        || StringUtils.containsAny(link, '。', '！', '？', '.', '!', '?')) {
      return Optional.empty();
    }
    String inner = t.substring(1, close);
    if (!hasLabel(inner)) {
      return Optional.empty();
    }
    return parse(inner)
        .filter(m -> m.editor().isPresent() || m.source().isPresent() || !m.authors().isEmpty())
        .map(
            m ->
                m.date().isPresent() || date.isEmpty()
                    ? m
                    : new MetadataLine(
                        Optional.of(date.get().date()),
                        m.source(),
                        m.authors(),
                        m.editor(),
                        m.url(),
                        m.labelled()));
  }

  /**
   * A line with no label of {@code metadata-labels.tsv}: a dateline ({@code Published Monday, Nov.
   * 18, 2019 8:22 AM EST}, {@code Stand: 22.04.2024}), a bare date, a byline with a date ({@code By
   * Jane Doe on May 10, 2024}), or a masthead ({@code 甘孜日報 2020年02月17日}). {@code rest} is the line
   * without its date and URL.
   */
  private static Optional<MetadataLine> unlabelled(
      String line, String rest, Optional<PublishedDate> date, Optional<String> url) {
    DatelineWords.Dateline dateline = DatelineWords.read(line);
    if (dateline != null) {
      // Zone and weekday words are parts of the date, never a source ("8:03 am ET").
      return Optional.of(
          new MetadataLine(
              date, Optional.empty(), List.of(), Optional.empty(), url, dateline.labelled()));
    }
    if (date.isEmpty()) {
      return Optional.empty();
    }
    if (rest.isEmpty()) {
      return Optional.of(
          new MetadataLine(date, Optional.empty(), List.of(), Optional.empty(), url, false));
    }
    String core = withoutDatelineWords(rest);
    Optional<List<String>> names = bylineWordNames(core);
    if (names.isPresent()) {
      return Optional.of(
          new MetadataLine(date, Optional.empty(), names.get(), Optional.empty(), url, true));
    }
    Matcher anyBy = BY_UNCASED_NAME.matcher(core);
    if (anyBy.matches() && isName(anyBy.group(1))) {
      // Names in scripts without capitals: "by ライトハウス国際特許事務所 ／ 2016.12.01".
      return Optional.of(
          new MetadataLine(
              date, Optional.empty(), List.of(anyBy.group(1)), Optional.empty(), url, true));
    }
    if (POSTED_AT.matcher(rest).matches()) {
      // "小满种菜 发表于 2024-5-9 21:14": a forum poster's name and the post's time; the poster is
      // neither the outlet nor a reporter.
      return Optional.of(
          new MetadataLine(date, Optional.empty(), List.of(), Optional.empty(), url, true));
    }
    Matcher postedBy = POSTED_BY.matcher(rest);
    if (postedBy.matches()) {
      return Optional.of(
          new MetadataLine(
              date, Optional.empty(), List.of(postedBy.group(1)), Optional.empty(), url, true));
    }
    if (core.isBlank() || PostHeaders.isFloorAlone(core)) {
      // "发布 #3 2024年5月16日星期四 16点12分": a post's floor and time, with no outlet in it.
      return Optional.of(
          new MetadataLine(date, Optional.empty(), List.of(), Optional.empty(), url, true));
    }
    // "2024-05-20 14:33·新华社": the outlet after the date, set off by a mark; but two or three
    // capitalised words there are a person ("March 2, 2024 · Jonas Vetterli").
    String outlet = OUTLET_MARK.matcher(rest).replaceFirst("");
    if (!outlet.equals(rest) && PERSON_NAME.matcher(outlet).matches()) {
      return Optional.of(
          new MetadataLine(date, Optional.empty(), List.of(outlet), Optional.empty(), url, true));
    }
    if (isName(outlet) && outlet.length() <= 16) {
      return Optional.of(
          new MetadataLine(date, Optional.of(outlet), List.of(), Optional.empty(), url, true));
    }
    return Optional.empty();
  }

  /** The value up to a run of two or more spaces: pages pad fields apart. */
  private static String firstField(String raw) {
    String v = Texts.trimPad(raw);
    int gap = v.indexOf("  ");
    if (gap < 0) {
      gap = v.indexOf('\u3000');
    }
    if (gap < 0) {
      gap = v.indexOf('\u00a0');
    }
    v = gap >= 0 ? v.substring(0, gap) : v;
    return Texts.trimPad(FIELD_EDGES.matcher(v).replaceAll(""));
  }

  /**
   * Whether the text before a reporter's or editor's label names an outlet: a few Han characters
   * ending in a word for a news agency, paper, station or site (新华社, 光明日报, 松花江网).
   */
  private static boolean isOutletOfPerson(String before, LabelSpan label) {
    Role role = ROLES.getOrDefault(label.label(), Role.IGNORED);
    if (role != Role.AUTHOR && role != Role.EDITOR
        || before.length() < 2
        || before.length() > MAX_OUTLET) {
      return false;
    }
    for (int i = 0; i < before.length(); i++) {
      if (Scripts.of(before.charAt(i)) != Character.UnicodeScript.HAN) {
        return false;
      }
    }
    return OUTLET_ENDINGS.indexOf(ScriptFold.toHans(before).charAt(before.length() - 1)) >= 0;
  }

  /** A short name: no sentence punctuation, not mostly digits. */
  private static boolean isName(String s) {
    if (s.isEmpty() || s.length() > MAX_NAME || Texts.sentencePunctCount(s) > 1) {
      return false;
    }
    return Texts.letterCount(s) > 0 && Character.isLetter(s.codePointAt(0)) || s.charAt(0) == '《';
  }

  private static List<String> names(String value) {
    List<String> out = new ArrayList<>();
    for (String n : NAME_SPLIT.split(Texts.trimPad(value))) {
      String name = Texts.trimPad(ROLE_PREFIX.matcher(n).replaceAll(""));
      if (!name.isEmpty()
          && name.length() <= 20
          && !"摄".equals(name)
          && !REPORTS.matcher(name).find()) {
        out.add(name);
      }
    }
    return out;
  }

  private enum Role {
    SOURCE,
    AUTHOR,
    EDITOR,
    IGNORED
  }

  /** A label found in a line: {@code [start, end)} covers it and the spaces and colon after it. */
  private record LabelSpan(int start, int end, String label) {}

  /**
   * The labels indexed by first character, longest first so that 责任编辑 wins over 编辑 and 本报记者 over
   * 记者. A line is searched in one pass, ASCII letters without regard to case: this runs on every
   * short line of every page, where a regex of all the labels cost a tenth of the page's time.
   */
  private static final class LabelIndex {
    private final BitSet firstChars = new BitSet();
    private final Map<Character, List<String>> byFirst = new HashMap<>();

    LabelIndex(Collection<String> labels) {
      for (String l : labels) {
        char c = l.charAt(0);
        firstChars.set(c);
        firstChars.set(Character.toUpperCase(c));
        byFirst.computeIfAbsent(c, k -> new ArrayList<>()).add(l);
      }
      byFirst.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    }

    /**
     * The first label at or after {@code from} in {@code t}, a line folded to simplified script by
     * {@link ScriptFold} (the labels are held folded, so they match in both scripts), or null.
     */
    @Nullable LabelSpan find(String t, int from) {
      for (int i = from; i < t.length(); i++) {
        char c = t.charAt(i);
        if (!firstChars.get(c)) {
          continue;
        }
        for (String l : byFirst.getOrDefault(Character.toLowerCase(c), List.of())) {
          if (t.regionMatches(true, i, l, 0, l.length())) {
            return new LabelSpan(i, afterLabel(t, i + l.length()), l);
          }
        }
      }
      return null;
    }

    /** Past the spaces and the one colon that may follow a label. */
    private static int afterLabel(String t, int i) {
      int j = i;
      while (j < t.length() && LABEL_SPACE.indexOf(t.charAt(j)) >= 0) {
        j++;
      }
      return j < t.length() && (t.charAt(j) == ':' || t.charAt(j) == '：') ? j + 1 : j;
    }
  }

  private static Map<String, Role> loadRoles() {
    Map<String, Role> roles = new HashMap<>();
    for (String[] row : DataFiles.rows(MetadataLines.class, "metadata-labels.tsv", 2)) {
      roles.put(
          ScriptFold.toHans(row[1].toLowerCase(Locale.ROOT)),
          Role.valueOf(row[0].toUpperCase(Locale.ROOT)));
    }
    return Map.copyOf(roles);
  }
}
