package org.zhengwen.golden;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a golden check: one {@link Entry} per page, in page-name order, and the expected
 * files that were (re)written when the check was an update. Immutable.
 *
 * @param entries one entry per page
 * @param written the expected files written by {@link GoldenCheck#update}; empty for a plain check
 */
public record GoldenReport(List<Entry> entries, List<Path> written) {

  /** What a page's check found. */
  public enum Status {
    /** The extracted article matches the expected file on every article field. */
    OK,
    /** Some fields differ; {@link Entry#details()} has one readable entry per field. */
    DIFFERS,
    /** There is no expected file for the page. */
    MISSING_EXPECTED,
    /**
     * The page yielded no article; {@link Entry#details()} has the rejection reason and message.
     */
    REJECTED,
    /** The page or its expected file could not be read, or the expected file is not JSON. */
    ERROR
  }

  /**
   * One page's result.
   *
   * @param page the page file
   * @param expected the expected-JSON file it was compared with (which may not exist)
   * @param status what the check found
   * @param details the field-level diff for {@link Status#DIFFERS}, else one line saying what
   *     happened; empty for {@link Status#OK}
   */
  public record Entry(Path page, Path expected, Status status, List<String> details) {
    /** Checks that no component is null and copies the list. */
    public Entry {
      Objects.requireNonNull(page, "page");
      Objects.requireNonNull(expected, "expected");
      Objects.requireNonNull(status, "status");
      details = List.copyOf(details);
    }

    /**
     * Whether this page passed.
     *
     * @return true for {@link Status#OK}
     */
    public boolean ok() {
      return status == Status.OK;
    }

    /**
     * This entry as readable lines: {@code DIFFERS page vs expected} followed by the indented
     * details.
     *
     * @return the text, without a final line break
     */
    public String format() {
      StringBuilder b = new StringBuilder();
      b.append(status).append(' ').append(page);
      if (status != Status.MISSING_EXPECTED || !details.isEmpty()) {
        b.append(" vs ").append(expected);
      }
      for (String d : details) {
        b.append("\n  ").append(d.replace("\n", "\n  "));
      }
      return b.toString();
    }
  }

  /** Checks that no component is null and copies the lists. */
  public GoldenReport {
    entries = List.copyOf(entries);
    written = List.copyOf(written);
  }

  /**
   * Whether every page passed (an empty folder passes nothing and fails).
   *
   * @return true when there is at least one page and all are {@link Status#OK}
   */
  public boolean passed() {
    return !entries.isEmpty() && entries.stream().allMatch(Entry::ok);
  }

  /**
   * The pages that did not pass.
   *
   * @return the entries whose status is not {@link Status#OK}, in page order
   */
  public List<Entry> failures() {
    return entries.stream().filter(e -> !e.ok()).toList();
  }

  /**
   * The whole report as text a person can read: a summary line, then every page that did not pass
   * with its field-level diff, then the files written, if any.
   *
   * @return the text, without a final line break
   */
  public String format() {
    long ok = entries.stream().filter(Entry::ok).count();
    StringBuilder b = new StringBuilder();
    b.append("golden check: ")
        .append(ok)
        .append(" of ")
        .append(entries.size())
        .append(" pages match");
    if (entries.isEmpty()) {
      b.append(" (no pages found)");
    }
    for (Entry e : failures()) {
      b.append('\n').append(e.format());
    }
    for (Path p : written) {
      b.append("\nwrote ").append(p);
    }
    return b.toString();
  }

  /**
   * The report of an update ({@link GoldenCheck#update}) as text a person can read: how many
   * expected files were written, each with {@code (new)} or {@code (changed)} and, for a changed
   * one, the diff it accepted; then every page that could not be written (no article, unreadable).
   * Not a failure headline: writing files is what an update is for.
   *
   * @return the text, without a final line break
   */
  public String formatUpdate() {
    long problems = entries.stream().filter(GoldenReport::unwritable).count();
    StringBuilder b = new StringBuilder();
    b.append("golden update: wrote ")
        .append(written.size())
        .append(written.size() == 1 ? " file" : " files")
        .append(", ")
        .append(entries.size() - written.size() - problems)
        .append(" already up to date");
    if (problems > 0) {
      b.append(", ").append(problems).append(" with no article to write");
    }
    if (entries.isEmpty()) {
      b.append(" (no pages found)");
    }
    for (Entry e : entries) {
      if (written.contains(e.expected())) {
        b.append("\nwrote ")
            .append(e.expected())
            .append(e.status() == Status.MISSING_EXPECTED ? " (new)" : " (changed)");
        if (e.status() == Status.DIFFERS) {
          e.details().forEach(d -> b.append("\n  ").append(d.replace("\n", "\n  ")));
        }
      } else if (unwritable(e)) {
        b.append('\n').append(e.format());
      }
    }
    if (!written.isEmpty()) {
      b.append("\nReview the written files (git diff) before committing them.");
    }
    return b.toString();
  }

  private static boolean unwritable(Entry e) {
    return e.status() == Status.REJECTED || e.status() == Status.ERROR;
  }

  @Override
  public String toString() {
    return format();
  }
}
