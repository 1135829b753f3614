package org.zhengwen.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.zhengwen.PageHints;
import org.zhengwen.decode.ContentSniffer;

/**
 * Turns the paths on the command line into pages. A folder is scanned in name order by {@link
 * FolderScan} (pages recognised by extension, or by content when a file has none; everything else
 * skipped and counted). A file is a WARC when its content (after gunzip, if gzipped) starts with
 * {@code WARC/1.}, whatever its name; any other gzip file is one gunzipped page; everything else is
 * one page as is. {@code -} is one page read from standard input (gunzipped if gzipped).
 */
final class Inputs {
  /** The argument that names standard input. */
  static final String STDIN = "-";

  private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final int GZIP_MAGIC = 0x8b1f;

  /** As much as {@link ContentSniffer} looks at. */
  private static final int SNIFF_BYTES = 8 * 1024;

  /** What a command-line path turned into, in input order. */
  sealed interface Item permits FileItem, StdinItem, Skipped, Broken {}

  /**
   * A file to read; {@code sniff} when its name says nothing and a binary start means it is no
   * page.
   */
  record FileItem(Path path, boolean sniff) implements Item {}

  /** One page on standard input. */
  record StdinItem() implements Item {}

  /** An entry that is not a page, counted in the summary. */
  record Skipped(Skip why) implements Item {}

  /** An entry that cannot be read: one error line. */
  record Broken(String input, String message) implements Item {}

  private final List<Item> items;
  private final long maxPageBytes;
  private final InputStream stdin;
  private final InputProgress progress;

  private Inputs(List<Item> items, long maxPageBytes, InputStream stdin) {
    this.items = items;
    this.maxPageBytes = maxPageBytes;
    this.stdin = stdin;
    this.progress =
        new InputProgress(
            items.stream()
                .mapToLong(i -> i instanceof FileItem f ? sizeOrZero(f.path()) : 0)
                .sum());
  }

  /**
   * The inputs under these paths, listed now (before any output is written). Paths must exist
   * (checked by the caller: a missing one is a usage error); a dangling link named directly is an
   * error line.
   */
  static Inputs of(List<Path> roots, FolderScan scan, long maxPageBytes, InputStream stdin) {
    List<Item> items = new ArrayList<>();
    for (Path root : roots) {
      if (root.toString().equals(STDIN)) {
        items.add(new StdinItem());
      } else if (Files.isDirectory(root)) {
        items.addAll(scan.scan(root));
      } else if (Files.isSymbolicLink(root) && !Files.exists(root)) {
        items.add(new Broken(root.toString(), "dangling link"));
      } else {
        items.add(new FileItem(root, false)); // named by the user: read whatever its name
      }
    }
    return new Inputs(List.copyOf(items), maxPageBytes, stdin);
  }

  /**
   * Whether a command-line path names something: standard input, or an entry (a link, even
   * dangling).
   */
  static boolean exists(Path path) {
    return path.toString().equals(STDIN) || Files.exists(path, LinkOption.NOFOLLOW_LINKS);
  }

  /** How far reading has got; for progress lines. */
  InputProgress progress() {
    return progress;
  }

  /** Reads every input, in order, into the sink. */
  void readAll(PageSink sink) {
    for (Item item : items) {
      if (item instanceof FileItem f) {
        read(f, sink);
        progress.fileDone(sizeOrZero(f.path()));
      } else if (item instanceof StdinItem) {
        readStdin(sink);
      } else if (item instanceof Skipped s) {
        sink.skipped(s.why());
      } else if (item instanceof Broken b) {
        sink.unreadable(new Unreadable(b.input(), Map.of(), Unreadable.IO_ERROR, b.message()));
      }
    }
  }

  private void read(FileItem item, PageSink sink) {
    Path file = item.path();
    String input = file.toString();
    try {
      byte[] head = head(file);
      switch (kind(file, head)) {
        case WARC -> new WarcPages(file, input, maxPageBytes, sink, progress).read();
        case GZIP -> gunzipped(Files.newInputStream(file), input, sink);
        case PLAIN -> {
          if (item.sniff() && ContentSniffer.binaryKind(head).isPresent()) {
            sink.skipped(Skip.NON_HTML);
          } else {
            plain(file, input, sink);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      sink.unreadable(
          new Unreadable(input, Map.of(), Unreadable.IO_ERROR, "cannot read: " + message(e)));
    }
  }

  private void plain(Path file, String input, PageSink sink) throws IOException {
    long size = Files.size(file);
    if (size > maxPageBytes) {
      sink.unreadable(
          new Unreadable(
              input,
              Map.of(),
              Unreadable.TOO_LARGE,
              "file is " + size + " bytes, over the limit of " + maxPageBytes));
    } else {
      sink.page(new Page(input, Files.readAllBytes(file), PageHints.none(), Map.of()));
    }
  }

  /** Standard input: one page, gunzipped if it is gzip. */
  private void readStdin(PageSink sink) {
    byte[] bytes;
    try {
      bytes = stdin.readNBytes(limit());
    } catch (IOException e) {
      sink.unreadable(
          new Unreadable(STDIN, Map.of(), Unreadable.IO_ERROR, "cannot read standard input: " + e));
      return;
    }
    if (isGzip(bytes)) {
      gunzipped(new ByteArrayInputStream(bytes), STDIN, sink);
    } else if (bytes.length > maxPageBytes) {
      sink.unreadable(
          new Unreadable(
              STDIN,
              Map.of(),
              Unreadable.TOO_LARGE,
              "standard input is over the limit of " + maxPageBytes + " bytes"));
    } else {
      sink.page(new Page(STDIN, bytes, PageHints.none(), Map.of()));
    }
  }

  /** A gzip stream that is not a WARC: one page, all members concatenated. */
  private void gunzipped(InputStream raw, String input, PageSink sink) {
    byte[] bytes;
    try (raw;
        InputStream in = new GZIPInputStream(raw, 64 << 10)) {
      bytes = in.readNBytes(limit());
    } catch (IOException e) {
      // The header was gzip, so a failure here is damage, not access.
      sink.unreadable(
          new Unreadable(
              input, Map.of(), Unreadable.CORRUPT_INPUT, "damaged gzip data: " + message(e)));
      return;
    }
    if (bytes.length > maxPageBytes) {
      sink.unreadable(
          new Unreadable(
              input,
              Map.of(),
              Unreadable.TOO_LARGE,
              "gunzipped page is over the limit of " + maxPageBytes + " bytes"));
    } else {
      sink.page(new Page(input, bytes, PageHints.none(), Map.of()));
    }
  }

  private int limit() {
    return (int) Math.min(Integer.MAX_VALUE - 8, maxPageBytes + 1);
  }

  /** How a file is read, from its first bytes. */
  private enum Kind {
    WARC,
    GZIP,
    PLAIN
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(SNIFF_BYTES);
    }
  }

  private static Kind kind(Path file, byte[] head) {
    if (head.length >= WARC_MAGIC.length
        && Arrays.equals(head, 0, WARC_MAGIC.length, WARC_MAGIC, 0, WARC_MAGIC.length)) {
      return Kind.WARC;
    }
    if (!isGzip(head)) {
      return Kind.PLAIN;
    }
    return gunzippedStartsWithWarc(file) ? Kind.WARC : Kind.GZIP;
  }

  private static boolean isGzip(byte[] head) {
    return head.length >= 2 && ((head[0] & 0xff) | (head[1] & 0xff) << 8) == GZIP_MAGIC;
  }

  private static boolean gunzippedStartsWithWarc(Path file) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return Arrays.equals(in.readNBytes(WARC_MAGIC.length), WARC_MAGIC);
    } catch (IOException e) {
      return false; // damaged gzip: the gzip path reads it again and reports CORRUPT_INPUT
    }
  }

  private static long sizeOrZero(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static String message(Exception e) {
    return e instanceof NoSuchFileException
        ? "no such file: " + e.getMessage()
        : String.valueOf(e.getMessage());
  }
}
