package org.zhengwen.cli;

import java.util.Locale;
import java.util.Set;

/**
 * Which files in a scanned folder are pages, by name: the vocabulary of page extensions and of
 * well-known files that are never pages. Files without an extension are judged by content when read
 * (see {@link Inputs}); files named on the command line are always read, whatever their name.
 */
final class PageFiles {
  /** What a file name says about the file. */
  enum ByName {
    /** A page (or a gzip / WARC container of pages): read it. */
    PAGE,
    /**
     * No extension: read its first bytes to decide, as for a WARC payload without a declared type.
     */
    SNIFF,
    /** Some other kind of file (answer JSON, images, scripts, robots.txt): skip it. */
    NOT_A_PAGE
  }

  /** Saved pages, page-text dumps, and containers whose content decides (gzip, WARC). */
  private static final Set<String> PAGE_EXTENSIONS =
      Set.of(
          "html", "htm", "xhtml", "xht", "shtml", "shtm", "php", "asp", "aspx", "jsp", "jspx",
          "cfm", "txt", "text", "gz", "warc");

  /** Plain-text files a site serves that are not articles. */
  private static final Set<String> NOT_PAGE_NAMES =
      Set.of("robots.txt", "humans.txt", "ads.txt", "app-ads.txt", "security.txt", "llms.txt");

  private PageFiles() {}

  /** What the file name {@code name} (no folder) says. */
  static ByName byName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (NOT_PAGE_NAMES.contains(lower)) {
      return ByName.NOT_A_PAGE;
    }
    int dot = lower.lastIndexOf('.');
    if (dot <= 0 || dot == lower.length() - 1) {
      return ByName.SNIFF; // "README", "page" (or ".hidden", handled before)
    }
    return PAGE_EXTENSIONS.contains(lower.substring(dot + 1)) ? ByName.PAGE : ByName.NOT_A_PAGE;
  }

  /** Hidden files and folders: dot files, as on Unix. */
  static boolean hidden(String name) {
    return name.startsWith(".");
  }
}
