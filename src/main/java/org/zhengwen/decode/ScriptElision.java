package org.zhengwen.decode;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Finds the byte ranges of a page that hold the contents of {@code <script>} and {@code <style>}
 * elements, which are about half of a modern page's bytes and never article text. A parser that
 * reads the page without them builds the same document with those elements empty, in much less
 * time.
 *
 * <p>This is a small part of the HTML tokenizer, run over the bytes: it follows tags (with quoted
 * attribute values), comments, bogus comments and the raw-text elements ({@code title, textarea,
 * xmp, iframe, noembed, noframes}) just far enough to know when a {@code <script>} or {@code
 * <style>} start tag really opens one. Whenever the page leaves the plain, well-understood path it
 * stops and leaves the rest of the page as it is: a script holding {@code <!--} (the escaped script
 * states), a missing end tag, {@code <plaintext>}, and script or style inside SVG or MathML.
 * Scripts of type {@code application/ld+json} are kept: they carry the article's metadata.
 *
 * <p>Works on the bytes of ASCII-compatible charsets in which the markup characters never occur
 * inside a multi-byte character ({@link #appliesTo}); the range ends fall on ASCII bytes, so on
 * character bounds.
 */
final class ScriptElision {
  private static final int[] NONE = new int[0];

  /** Elements whose content is raw text up to their end tag; skipped over, never elided. */
  private static final String[] RAW_TEXT = {
    "title", "textarea", "xmp", "iframe", "noembed", "noframes"
  };

  /**
   * Every start tag name the scan acts on: the raw-text ones, and those that change how they are
   * read.
   */
  private static final String[] ACTED_ON = {
    "script",
    "style",
    "title",
    "textarea",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
    "svg",
    "math",
    "noscript",
    "select",
    "frameset"
  };

  private static final boolean[] ACTED_ON_FIRST_LETTERS = firstLetters(ACTED_ON);

  /**
   * Charsets whose bytes for {@code < > " ' = / ! -} and ASCII letters mean those characters
   * wherever they occur: in these, a trail byte of a multi-byte character is never one of them, or
   * there are none.
   */
  private static final String[] SAFE_CHARSET_PREFIXES = {
    "UTF-8",
    "GB18030",
    "GBK",
    "GB2312",
    "Big5",
    "Shift_JIS",
    "windows-31j",
    "EUC-JP",
    "EUC-KR",
    "windows-125",
    "ISO-8859-",
    "KOI8-",
    "US-ASCII",
    "x-windows-949"
  };

  private final byte[] b;
  private final int n;
  private int[] ranges = new int[16];
  private int count;
  private int foreignDepth;

  /**
   * Inside noscript a head's tree builder does not switch the tokenizer for a script (jsoup reads
   * it as text), and inside select a style or raw-text start tag is ignored: the scan stops at
   * those. Where a select ends depends on the tree builder's modes (a template inside it, a table
   * around it), so once a select has been seen, the scan stops at the next style or raw-text
   * element; scripts go on.
   */
  private int noscriptDepth;

  private boolean selectSeen;

  /** Whether the tag {@link #tagEnd} last found ended with {@code />}. */
  private boolean selfClosing;

  private static final int BEFORE_NAME = 0;
  private static final int NAME = 1;
  private static final int AFTER_NAME = 2;
  private static final int BEFORE_VALUE = 3;
  private static final int UNQUOTED = 4;

  private ScriptElision(byte[] bytes) {
    this.b = bytes;
    this.n = bytes.length;
  }

  /** Whether the byte ranges can be found for text in {@code charsetName}. */
  static boolean appliesTo(String charsetName) {
    for (String p : SAFE_CHARSET_PREFIXES) {
      if (charsetName.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The ranges to leave out, as pairs {@code [start, end)} in ascending order: each is the whole
   * content of one script or style element, between its start tag's {@code >} and its end tag's
   * {@code <}.
   */
  static int[] ranges(byte[] bytes, int from) {
    ScriptElision e = new ScriptElision(bytes);
    e.scan(from);
    return e.count == 0 ? NONE : Arrays.copyOf(e.ranges, e.count);
  }

  private void scan(int from) {
    int i = from;
    while (true) {
      i = indexOf('<', i);
      if (i < 0 || i + 1 >= n) {
        return;
      }
      int c = b[i + 1];
      if (c == '!') {
        i = afterMarkupDeclaration(i);
      } else if (c == '?') {
        i = indexOf('>', i + 2);
      } else if (c == '/') {
        i = afterEndTag(i);
      } else if (isAsciiLetter(c)) {
        i = afterStartTag(i);
      } else {
        i++;
        continue;
      }
      if (i < 0) {
        return; // the page ends inside something, or left the path this scan follows
      }
    }
  }

  /**
   * {@code <!--…-->}, {@code <![CDATA[…]]>} in SVG/MathML, or a bogus comment / doctype up to
   * {@code >}.
   */
  private int afterMarkupDeclaration(int lt) {
    if (startsWith(lt + 2, "--")) {
      int body = lt + 4;
      if (startsWith(body, ">")) {
        return body + 1; // <!--> closes at once
      }
      if (startsWith(body, "->")) {
        return body + 2;
      }
      for (int j = indexOf('>', body); j >= 0; j = indexOf('>', j + 1)) {
        if (b[j - 1] == '-' && b[j - 2] == '-' && j - 2 >= body) {
          return j + 1;
        }
        if (b[j - 1] == '!' && j - 3 >= body && b[j - 2] == '-' && b[j - 3] == '-') {
          return j + 1; // --!>
        }
      }
      return -1;
    }
    if (foreignDepth > 0 && startsWith(lt + 2, "[CDATA[")) {
      int end = indexOf("]]>", lt + 9);
      return end < 0 ? -1 : end + 3;
    }
    int gt = indexOf('>', lt + 2);
    return gt < 0 ? -1 : gt + 1;
  }

  private int afterEndTag(int lt) {
    if (lt + 2 >= n || !isAsciiLetter(b[lt + 2])) {
      int gt =
          indexOf('>', lt + 2); // </> is dropped, </ followed by anything else is a bogus comment
      return gt < 0 ? -1 : gt + 1;
    }
    int nameEnd = tagNameEnd(lt + 2);
    if (nameIs(lt + 2, nameEnd, "svg") || nameIs(lt + 2, nameEnd, "math")) {
      foreignDepth = Math.max(0, foreignDepth - 1);
    } else if (nameIs(lt + 2, nameEnd, "noscript")) {
      noscriptDepth = Math.max(0, noscriptDepth - 1);
    }
    return afterTag(nameEnd);
  }

  private int afterStartTag(int lt) {
    int nameStart = lt + 1;
    int nameEnd = tagNameEnd(nameStart);
    int gt = tagEnd(nameEnd);
    if (gt < 0) {
      return -1;
    }
    String name = knownName(nameStart, nameEnd);
    if (name == null) {
      return gt + 1;
    }
    switch (name) {
      case "svg", "math" -> foreignDepth += selfClosing ? 0 : 1;
      case "noscript" -> noscriptDepth++;
      case "select" -> selectSeen = true;
      default -> {}
    }
    boolean script = name.equals("script");
    boolean style = name.equals("style");
    boolean rawText = isRawText(name);
    if (name.equals("frameset")) {
      return -1; // a frameset ignores script, style and raw-text tags: their contents are markup
      // there
    }
    if (!script && !style && !rawText && !name.equals("plaintext")) {
      return gt + 1;
    }
    // Where the tree builder may not switch the tokenizer as it does in plain HTML: stop.
    if (foreignDepth > 0
        || name.equals("plaintext")
        || noscriptDepth > 0 && !style
        || selectSeen && !script) {
      return -1;
    }
    int close = endTagOf(gt + 1, name, script);
    if (close < 0) {
      return -1; // no end tag, or the escaped script states: leave the rest as it is
    }
    if (script && !contains(nameEnd, gt, "ld+json") || style) {
      add(gt + 1, close);
    }
    return close;
  }

  /**
   * The tag's name if it is one this scan acts on, else null. Most tags are turned away by their
   * first letter.
   */
  private @Nullable String knownName(int start, int end) {
    int len = end - start;
    if (len < 3 || len > 9 || !ACTED_ON_FIRST_LETTERS[(b[start] | 0x20) & 0x7F]) {
      return null;
    }
    for (String name : ACTED_ON) {
      if (nameIs(start, end, name)) {
        return name;
      }
    }
    return null;
  }

  private static boolean[] firstLetters(String[] names) {
    boolean[] first = new boolean[128];
    for (String name : names) {
      first[name.charAt(0)] = true;
    }
    return first;
  }

  private static boolean isRawText(String name) {
    for (String raw : RAW_TEXT) {
      if (raw.equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the {@code <} of the first {@code </name} followed by whitespace, / or >; -1 if
   * none, or if {@code noComment} and a {@code <!--} comes first (a script's escaped states).
   */
  private int endTagOf(int from, String name, boolean noComment) {
    for (int i = indexOf('<', from); i >= 0; i = indexOf('<', i + 1)) {
      if (noComment && startsWith(i, "<!--")) {
        return -1;
      }
      if (i + 2 + name.length() <= n && b[i + 1] == '/' && nameIsAt(i + 2, name)) {
        int after = i + 2 + name.length();
        if (after == n || isTagNameEnd(b[after])) {
          return i;
        }
      }
    }
    return -1;
  }

  private int tagNameEnd(int from) {
    int i = from;
    while (i < n && !isTagNameEnd(b[i])) {
      i++;
    }
    return i;
  }

  /**
   * After a tag name: the tag's closing {@code >}, following the tokenizer's attribute states (a
   * quote opens a value only where a value may start; {@code =} right after the name or another
   * {@code =} is part of a name); -1 at the end. Sets {@link #selfClosing}.
   */
  private int tagEnd(int from) {
    int state = BEFORE_NAME;
    boolean slash = false;
    for (int i = from; i < n; i++) {
      int c = b[i];
      if (c == '>') {
        selfClosing = slash && state == BEFORE_NAME;
        return i;
      }
      switch (state) {
        case BEFORE_NAME -> {
          if (c != '/' && !isSpace(c)) {
            state = NAME; // even '=' here starts a name
          }
        }
        case NAME ->
            state =
                isSpace(c) ? AFTER_NAME : c == '/' ? BEFORE_NAME : c == '=' ? BEFORE_VALUE : NAME;
        case AFTER_NAME -> {
          if (c == '/') {
            state = BEFORE_NAME;
          } else if (c == '=') {
            state = BEFORE_VALUE;
          } else if (!isSpace(c)) {
            state = NAME;
          }
        }
        case BEFORE_VALUE -> {
          if (c == '"' || c == '\'') {
            int close = indexOf((char) c, i + 1);
            if (close < 0) {
              return -1;
            }
            i = close;
            state = BEFORE_NAME;
          } else if (!isSpace(c)) {
            state = UNQUOTED;
          }
        }
        default -> state = isSpace(c) ? BEFORE_NAME : UNQUOTED;
      }
      slash = c == '/' && state == BEFORE_NAME;
    }
    return -1;
  }

  private int afterTag(int from) {
    int gt = tagEnd(from);
    return gt < 0 ? -1 : gt + 1;
  }

  private void add(int start, int end) {
    if (end <= start) {
      return;
    }
    if (count + 2 > ranges.length) {
      ranges = Arrays.copyOf(ranges, ranges.length * 2);
    }
    ranges[count++] = start;
    ranges[count++] = end;
  }

  /** The next {@code c} at or after {@code from}, eight bytes at a time; -1 if none. */
  private int indexOf(char c, int from) {
    return SwarBytes.indexOf(b, c, from, n);
  }

  private int indexOf(String s, int from) {
    byte first = (byte) s.charAt(0);
    for (int i = from; i + s.length() <= n; i++) {
      if (b[i] == first && startsWith(i, s)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code [from, to)} contains {@code lower}, ignoring ASCII case. */
  private boolean contains(int from, int to, String lower) {
    for (int i = from; i + lower.length() <= to; i++) {
      if (nameIsAt(i, lower)) {
        return true;
      }
    }
    return false;
  }

  private boolean startsWith(int at, String s) {
    if (at < 0 || at + s.length() > n) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (b[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the bytes at {@code at} spell {@code lower}, ignoring ASCII case. */
  private boolean nameIsAt(int at, String lower) {
    return SwarBytes.asciiIgnoreCaseAt(b, at, n, lower);
  }

  private boolean nameIs(int start, int end, String lower) {
    return end - start == lower.length() && nameIsAt(start, lower);
  }

  private static boolean isTagNameEnd(int c) {
    return isSpace(c) || c == '/' || c == '>';
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean isAsciiLetter(int c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  }
}
