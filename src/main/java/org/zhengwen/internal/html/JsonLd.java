package org.zhengwen.internal.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small, tolerant JSON reader for {@code <script type="application/ld+json">}: enough to pull the
 * article's headline, dates, authors and body out of schema.org data. It accepts what pages really
 * ship (trailing commas, raw newlines in strings, HTML comment wrappers) and gives up quietly on
 * anything else.
 */
final class JsonLd {
  /** Nesting beyond this is not schema.org data but an attack; the reader stops there. */
  private static final int MAX_DEPTH = 64;

  private final String s;
  private int pos;

  private JsonLd(String s) {
    this.s = s;
  }

  /** The article fields found in one or more JSON-LD scripts. */
  static final class Fields {
    final List<String> headlines = new ArrayList<>();
    final List<String> published = new ArrayList<>();
    final List<String> authors = new ArrayList<>();

    /** Every {@code @type} seen, typed objects or not. */
    final List<String> types = new ArrayList<>();

    final List<String> modified = new ArrayList<>();
    final List<String> keywords = new ArrayList<>();
    final List<String> images = new ArrayList<>();

    @Nullable String articleBody;
    @Nullable String publisher;
    @Nullable String description;
    @Nullable String section;
  }

  /** Parses one script's text; null when it is not JSON at all. */
  static @Nullable Object parse(String text) {
    JsonLd r = new JsonLd(unwrapped(text));
    try {
      r.skipSpace();
      return r.value(0);
    } catch (IllegalStateException | IndexOutOfBoundsException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * The script's text without the wrappers pages put around it for old browsers: an HTML comment,
   * an XHTML CDATA section, or both, the CDATA markers often hidden behind {@code //} or {@code /*
   * *\/}.
   */
  static String unwrapped(String text) {
    String t = text.strip();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String open : WRAPPER_OPENINGS) {
        if (t.startsWith(open)) {
          t = t.substring(open.length()).strip();
          changed = true;
        }
      }
      for (String close : WRAPPER_CLOSINGS) {
        if (t.endsWith(close)) {
          t = t.substring(0, t.length() - close.length()).strip();
          changed = true;
        }
      }
    }
    return t;
  }

  private static final String[] WRAPPER_OPENINGS = {
    "<!--", "/*<![CDATA[*/", "//<![CDATA[", "<![CDATA["
  };
  private static final String[] WRAPPER_CLOSINGS = {"-->", "/*]]>*/", "//]]>", "]]>"};

  /** Collects article fields from a parsed value, objects typed as articles first. */
  static void collect(@Nullable Object root, Fields out) {
    List<Map<?, ?>> objects = objectsOf(root);
    for (Map<?, ?> o : objects) {
      if (isArticle(o)) {
        collectFrom(o, out);
      }
    }
    for (Map<?, ?> o : objects) {
      if (!isArticle(o)) {
        collectFrom(o, out);
      }
    }
  }

  private static boolean isArticle(Map<?, ?> o) {
    Object type = o.get("@type");
    String t = String.valueOf(type).toLowerCase(Locale.ROOT);
    return t.contains("article")
        || t.contains("blogposting")
        || t.contains("report")
        || t.contains("posting");
  }

  private static void collectFrom(Map<?, ?> o, Fields out) {
    addTypes(o.get("@type"), out.types);
    addString(o.get("headline"), out.headlines);
    addString(o.get("datePublished"), out.published);
    if (o.get("articleBody") instanceof String body && out.articleBody == null && !body.isBlank()) {
      out.articleBody = body.strip();
    }
    if (isArticle(o)) {
      addString(o.get("dateModified"), out.modified);
      addKeywords(o.get("keywords"), out.keywords);
      addImages(o.get("image"), out.images);
      out.description = firstString(out.description, o.get("description"));
      out.section = firstString(out.section, o.get("articleSection"));
      addNames(o.get("author"), out.authors);
      if (out.publisher == null
          && o.get("publisher") instanceof Map<?, ?> p
          && p.get("name") instanceof String n) {
        out.publisher = n.strip();
      }
    }
  }

  /** {@code current}, or else the first text of {@code v} (a string or a list of them). */
  private static @Nullable String firstString(@Nullable String current, @Nullable Object v) {
    if (current != null) {
      return current;
    }
    List<String> found = new ArrayList<>();
    addTypes(v, found);
    return found.isEmpty() ? null : found.get(0);
  }

  /** Keywords as a list, or as one string separated by commas. */
  private static void addKeywords(@Nullable Object v, List<String> into) {
    if (v instanceof List<?> list) {
      list.forEach(k -> addKeywords(k, into));
    } else if (v instanceof String str) {
      for (String k : str.split("[,，;；]")) {
        addString(k, into);
      }
    }
  }

  /** An image as a URL, an ImageObject ({@code url}, {@code contentUrl}) or a list of them. */
  private static void addImages(@Nullable Object v, List<String> into) {
    if (v instanceof List<?> list) {
      list.forEach(i -> addImages(i, into));
    } else if (v instanceof Map<?, ?> m) {
      addImages(m.get("url") != null ? m.get("url") : m.get("contentUrl"), into);
    } else {
      addString(v, into);
    }
  }

  private static void addTypes(@Nullable Object v, List<String> into) {
    if (v instanceof List<?> list) {
      list.forEach(t -> addString(t, into));
    } else {
      addString(v, into);
    }
  }

  private static void addString(@Nullable Object v, List<String> into) {
    if (v instanceof String str && !str.isBlank() && !into.contains(str.strip())) {
      into.add(str.strip());
    }
  }

  private static void addNames(@Nullable Object v, List<String> into) {
    if (v instanceof List<?> list) {
      for (Object item : list) {
        addNames(item, into);
      }
    } else if (v instanceof Map<?, ?> m) {
      addNames(m.get("name"), into);
    } else if (v instanceof String str && !str.contains("://")) {
      addString(str, into);
    }
  }

  /** Every object in the value, in document order, without recursion. */
  private static List<Map<?, ?>> objectsOf(@Nullable Object root) {
    List<Map<?, ?>> found = new ArrayList<>();
    Deque<Object> todo = new ArrayDeque<>();
    if (root != null) {
      todo.push(root);
    }
    while (!todo.isEmpty() && found.size() < 1000) {
      Object v = todo.pop();
      List<Object> kids = new ArrayList<>();
      if (v instanceof Map<?, ?> m) {
        found.add(m);
        kids.addAll(m.values());
      } else if (v instanceof List<?> l) {
        kids.addAll(l);
      }
      for (int i = kids.size() - 1; i >= 0; i--) {
        if (kids.get(i) instanceof Map || kids.get(i) instanceof List) {
          todo.push(kids.get(i));
        }
      }
    }
    return found;
  }

  private @Nullable Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("too deep");
    }
    char c = s.charAt(pos);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"', '\'' -> string(c);
      default -> bare();
    };
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> m = new LinkedHashMap<>();
    pos++;
    while (true) {
      skipSpace();
      char c = s.charAt(pos);
      if (c == '}') {
        pos++;
        return m;
      }
      if (c == ',') {
        pos++;
        continue;
      }
      String key = c == '"' || c == '\'' ? string(c) : String.valueOf(bare());
      skipSpace();
      expect(':');
      skipSpace();
      Object v = value(depth + 1);
      if (v != null) {
        m.putIfAbsent(key, v);
      }
    }
  }

  private List<Object> array(int depth) {
    List<Object> l = new ArrayList<>();
    pos++;
    while (true) {
      skipSpace();
      char c = s.charAt(pos);
      if (c == ']') {
        pos++;
        return l;
      }
      if (c == ',') {
        pos++;
        continue;
      }
      Object v = value(depth + 1);
      if (v != null) {
        l.add(v);
      }
    }
  }

  private String string(char quote) {
    StringBuilder sb = new StringBuilder();
    pos++;
    while (true) {
      char c = s.charAt(pos++);
      if (c == quote) {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = s.charAt(pos++);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> sb.append(e);
      }
    }
  }

  /** Numbers, true, false, null and unquoted words: returned as text (null for JSON null). */
  private @Nullable Object bare() {
    int start = pos;
    while (pos < s.length() && ",:}] \t\r\n".indexOf(s.charAt(pos)) < 0) {
      pos++;
    }
    if (pos == start) {
      throw new IllegalStateException("unexpected " + s.charAt(pos));
    }
    String word = s.substring(start, pos);
    return word.equals("null") ? null : word;
  }

  private void expect(char c) {
    if (s.charAt(pos) != c) {
      throw new IllegalStateException("expected " + c);
    }
    pos++;
  }

  private void skipSpace() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
    if (pos >= s.length()) {
      throw new IllegalStateException("end of input");
    }
  }
}
