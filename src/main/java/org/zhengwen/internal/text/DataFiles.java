package org.zhengwen.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one loader of the vocabularies kept as data beside the classes that use them (word lists and
 * tab-separated tables): UTF-8, blank lines and lines starting with {@code #} skipped, a missing
 * file or a malformed row an {@link IllegalStateException} that names the file, since either is a
 * build defect.
 */
public final class DataFiles {
  private DataFiles() {}

  /** The data lines of resource {@code name} beside {@code owner}, as written (not stripped). */
  public static List<String> lines(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            name + " missing from the classpath beside " + owner.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A word list: one word or phrase a line, stripped and lower-cased. */
  public static List<String> words(Class<?> owner, String name) {
    return lines(owner, name).stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).toList();
  }

  /** A table: every line split on tabs into exactly {@code columns} stripped cells. */
  public static List<String[]> rows(Class<?> owner, String name, int columns) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(owner, name)) {
      String[] cells = line.split("\t");
      if (cells.length != columns) {
        throw new IllegalStateException(
            name + ": expected " + columns + " tab-separated columns: " + line);
      }
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].strip();
      }
      rows.add(cells);
    }
    return rows;
  }
}
