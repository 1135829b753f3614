package org.zhengwen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.zhengwen.Article;

/**
 * {@code --format markdown|text|html} with {@code --output-dir}: each article is written to a file
 * of its own, named from its input. The JSON Lines records are still written as without it, one per
 * input, each article's record naming its file ({@code output_file}), so that no input goes
 * unreported.
 */
final class ArticleFiles {
  /** The output formats of the command line. */
  enum Format {
    /** JSON Lines, one record per page (the default). */
    JSONL(""),
    /** CommonMark, with pipe tables ({@link Article#toMarkdown()}). */
    MARKDOWN(".md"),
    /** Plain text ({@link Article#toPlainText()}). */
    TEXT(".txt"),
    /** A small, safe HTML document around {@link Article#toHtml()}. */
    HTML(".html");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    /** Picocli reads {@code markdown} as well as {@code MARKDOWN}. */
    static Format parse(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT));
    }
  }

  /** Names stay well below the 255 bytes file systems allow, whatever the script. */
  private static final int MAX_NAME = 80;

  private final Format format;
  private final Path dir;
  private final Set<String> taken = new HashSet<>();

  ArticleFiles(Format format, Path dir) {
    this.format = format;
    this.dir = dir;
  }

  /**
   * The file name for a page, unique in this run: the input's file name without its extension (and
   * a WARC record's offset), then the format's extension; a name already taken gets {@code -2},
   * {@code -3} … Called on the reading thread, in input order, so names do not depend on the thread
   * count.
   */
  String claim(Page page) {
    String input = page.input().replace('\\', '/');
    String base =
        input
            .substring(input.lastIndexOf('/') + 1)
            .replaceFirst("\\.[A-Za-z0-9]{1,5}$", "")
            .replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    Object offset = page.provenance().get("offset");
    base = offset == null ? base : base + "@" + offset;
    base = base.length() > MAX_NAME ? base.substring(0, MAX_NAME) : base;
    if (base.isEmpty() || base.startsWith(".")) {
      base = "page" + base;
    }
    String name = base + format.extension;
    for (int n = 2; !taken.add(name); n++) {
      name = base + "-" + n + format.extension;
    }
    return name;
  }

  /** Writes the article to {@code name} in the output folder; returns the path written. */
  Path write(String name, Article article) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, render(article), StandardCharsets.UTF_8);
    return file;
  }

  private String render(Article a) {
    return switch (format) {
      case MARKDOWN -> a.toMarkdown();
      case TEXT -> a.toPlainText();
      case HTML -> document(a);
      case JSONL -> throw new IllegalStateException("JSON Lines are not written per page");
    };
  }

  /** The article's safe fragment in a minimal UTF-8 document titled with the escaped title. */
  private static String document(Article a) {
    String title =
        a.title().orElse("").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"
        + title
        + "</title>\n</head>\n<body>\n"
        + a.toHtml()
        + "</body>\n</html>\n";
  }
}
