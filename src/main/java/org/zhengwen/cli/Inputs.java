package org.zhengwen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.zhengwen.PageHints;

/**
 * Turns the paths on the command line into pages: folders are recursed in name order; a file is a WARC
 * when its content (after gunzip, if gzipped) starts with {@code WARC/1.}, whatever its name; any other
 * gzip file is one gunzipped page; everything else is one page as is.
 */
final class Inputs {
  private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final int GZIP_MAGIC = 0x8b1f;

  private final List<Path> files;
  private final long maxPageBytes;
  private final InputProgress progress;

  private Inputs(List<Path> files, long maxPageBytes) {
    this.files = files;
    this.maxPageBytes = maxPageBytes;
    this.progress = new InputProgress(files.stream().mapToLong(Inputs::sizeOrZero).sum());
  }

  /** The inputs under these paths; a path that does not exist is kept so that it yields an error line. */
  static Inputs of(List<Path> roots, long maxPageBytes) {
    List<Path> files = new ArrayList<>();
    roots.forEach(root -> files.addAll(expand(root)));
    return new Inputs(List.copyOf(files), maxPageBytes);
  }

  /** How far reading has got; for progress lines. */
  InputProgress progress() {
    return progress;
  }

  /** Reads every input, in order, into the sink. */
  void readAll(PageSink sink) {
    for (Path file : files) {
      read(file, sink);
      progress.fileDone(sizeOrZero(file));
    }
  }

  private void read(Path file, PageSink sink) {
    String input = file.toString();
    try {
      switch (kind(file)) {
        case WARC -> new WarcPages(file, input, maxPageBytes, sink, progress).read();
        case GZIP -> gunzipped(file, input, sink);
        case PLAIN -> plain(file, input, sink);
      }
    } catch (IOException | RuntimeException e) {
      sink.unreadable(new Unreadable(input, Map.of(), Unreadable.IO_ERROR, "cannot read: " + message(e)));
    }
  }

  private void plain(Path file, String input, PageSink sink) throws IOException {
    long size = Files.size(file);
    if (size > maxPageBytes) {
      sink.unreadable(new Unreadable(input, Map.of(), Unreadable.TOO_LARGE,
          "file is " + size + " bytes, over the limit of " + maxPageBytes));
    } else {
      sink.page(new Page(input, Files.readAllBytes(file), PageHints.none(), Map.of()));
    }
  }

  /** A gzip file that is not a WARC: one page, all members concatenated. */
  private void gunzipped(Path file, String input, PageSink sink) throws IOException {
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 64 << 10)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageBytes + 1));
    } catch (IOException e) {
      // Files.size succeeded and the header was gzip, so a failure here is damage, not access.
      sink.unreadable(new Unreadable(input, Map.of(), Unreadable.CORRUPT_INPUT, "damaged gzip data: " + message(e)));
      return;
    }
    if (bytes.length > maxPageBytes) {
      sink.unreadable(new Unreadable(input, Map.of(), Unreadable.TOO_LARGE,
          "gunzipped page is over the limit of " + maxPageBytes + " bytes"));
    } else {
      sink.page(new Page(input, bytes, PageHints.none(), Map.of()));
    }
  }

  /** How a file is read, from its first bytes. */
  private enum Kind { WARC, GZIP, PLAIN }

  private static Kind kind(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(WARC_MAGIC.length);
    }
    if (Arrays.equals(head, WARC_MAGIC)) {
      return Kind.WARC;
    }
    boolean gzip = head.length >= 2 && ((head[0] & 0xff) | (head[1] & 0xff) << 8) == GZIP_MAGIC;
    if (!gzip) {
      return Kind.PLAIN;
    }
    return gunzippedStartsWithWarc(file) ? Kind.WARC : Kind.GZIP;
  }

  private static boolean gunzippedStartsWithWarc(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return Arrays.equals(in.readNBytes(WARC_MAGIC.length), WARC_MAGIC);
    } catch (IOException e) {
      return false; // damaged gzip: the gzip path reads it again and reports CORRUPT_INPUT
    }
  }

  private static List<Path> expand(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | RuntimeException e) {
      return List.of(root);
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
    return e instanceof NoSuchFileException ? "no such file: " + e.getMessage() : String.valueOf(e.getMessage());
  }
}
