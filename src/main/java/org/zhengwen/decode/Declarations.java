package org.zhengwen.decode;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset a page declares for itself. The head is read as Latin-1, which maps every byte
 * to one char, so ASCII markup is found whatever the real encoding is; the bytes are not copied.
 */
final class Declarations {
  /**
   * How far to look when the head never ends; a meta tag after 64 KB of script is not worth more.
   */
  static final int HEAD_CAP = 64 * 1024;

  private static final String LABEL = "[\"']?\\s*([\\w.:+-]+)";

  /** {@code charset=x} in a Content-Type value or anywhere in a meta tag (both meta forms). */
  private static final Pattern CHARSET_PARAM =
      Pattern.compile("charset\\s*=\\s*" + LABEL, Pattern.CASE_INSENSITIVE);

  /** CleanEval-style corpora put {@code <text id=… title=… encoding=…>} on the first line. */
  private static final Pattern WRAPPER =
      Pattern.compile(
          "\\A\\s*<text\\b[^>]*?\\bencoding\\s*=\\s*" + LABEL, Pattern.CASE_INSENSITIVE);

  /** An XML declaration, only at the very start (after a wrapper line, if any). */
  private static final Pattern XML_DECL =
      Pattern.compile(
          "\\A\\s*(?:<text\\b[^>]*>\\s*)?<\\?xml\\b[^>]*?\\bencoding\\s*=\\s*" + LABEL,
          Pattern.CASE_INSENSITIVE);

  /**
   * What the page itself declares; each label is normalized (trimmed, lower-cased).
   *
   * @param meta from {@code <meta charset>} or {@code <meta http-equiv="Content-Type">}
   * @param xml from an {@code <?xml … encoding=…?>} declaration
   * @param wrapper from a {@code <text … encoding=…>} wrapper line
   */
  record InPage(Optional<String> meta, Optional<String> xml, Optional<String> wrapper) {}

  private Declarations() {}

  /** The charset parameter of an HTTP Content-Type value. */
  static Optional<String> fromContentType(String contentType) {
    Matcher m = CHARSET_PARAM.matcher(contentType);
    return m.find() ? Optional.of(CharsetLabels.normalize(m.group(1))) : Optional.empty();
  }

  /**
   * Scans the head of the page (up to {@code </head>}, {@code <body} or {@link #HEAD_CAP} bytes).
   */
  static InPage inPage(byte[] bytes) {
    Latin1Chars head = new Latin1Chars(bytes, HEAD_CAP);
    return new InPage(meta(head), first(XML_DECL, head), first(WRAPPER, head));
  }

  /**
   * The first meta tag with a charset, looking only at tags before {@code </head>} or {@code
   * <body}. A hand scan from one {@code <} to the next: much cheaper than a case-insensitive regex
   * alternation tried at every position of a long script.
   */
  private static Optional<String> meta(Latin1Chars head) {
    Matcher param = CHARSET_PARAM.matcher(head);
    int i = head.indexOf('<', 0);
    while (i >= 0) {
      if (tagNamed(head, i + 1, "meta")) {
        int end = head.indexOf('>', i);
        if (end < 0) {
          return Optional.empty();
        }
        param.region(i, end);
        if (param.find()) {
          return Optional.of(CharsetLabels.normalize(param.group(1)));
        }
        i = end;
      } else if (tagNamed(head, i + 1, "/head") || tagNamed(head, i + 1, "body")) {
        return Optional.empty(); // the head is over
      }
      i = head.indexOf('<', i + 1);
    }
    return Optional.empty();
  }

  /**
   * Whether {@code name} starts at {@code at}, case-insensitively, and is not the start of a longer
   * name.
   */
  private static boolean tagNamed(Latin1Chars s, int at, String name) {
    if (!s.matchesIgnoringCase(at, name)) {
      return false;
    }
    int after = at + name.length();
    return after >= s.length() || !Character.isLetterOrDigit(s.charAt(after));
  }

  private static Optional<String> first(Pattern p, CharSequence head) {
    Matcher m = p.matcher(head);
    return m.lookingAt() ? Optional.of(CharsetLabels.normalize(m.group(1))) : Optional.empty();
  }
}
