package org.zhengwen.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells non-text input (images, PDFs, archives, other binary data) from text before anyone tries to
 * decode it. Crawls hand over whatever the server sent, and decoding a PNG as GB18030 yields a page
 * of plausible-looking CJK noise.
 *
 * <p>Stateless and thread-safe.
 */
public final class ContentSniffer {
  /** Enough to judge a file by its start; binary data shows itself in the first few KB. */
  private static final int SAMPLE = 8 * 1024;

  private static final int UTF16_SAMPLE = 4 * 1024;
  private static final String BINARY = "binary data";

  /** Signatures that text never starts with. */
  private static final List<Magic> MAGICS =
      List.of(
          new Magic("PNG image", 0, bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
          new Magic("JPEG image", 0, bytes(0xFF, 0xD8, 0xFF)),
          new Magic("GIF image", 0, "GIF87a".getBytes(StandardCharsets.US_ASCII)),
          new Magic("GIF image", 0, "GIF89a".getBytes(StandardCharsets.US_ASCII)),
          new Magic(
              "WebP image",
              0,
              "RIFF".getBytes(StandardCharsets.US_ASCII),
              8,
              "WEBP".getBytes(StandardCharsets.US_ASCII)),
          new Magic("TIFF image", 0, bytes('I', 'I', 0x2A, 0x00)),
          new Magic("TIFF image", 0, bytes('M', 'M', 0x00, 0x2A)),
          new Magic("PDF document", 0, "%PDF-".getBytes(StandardCharsets.US_ASCII)),
          new Magic("gzip data", 0, bytes(0x1F, 0x8B)),
          new Magic("ZIP archive", 0, bytes('P', 'K', 0x03, 0x04)),
          new Magic("ZIP archive", 0, bytes('P', 'K', 0x05, 0x06)),
          new Magic("ZIP archive", 0, bytes('P', 'K', 0x07, 0x08)),
          new Magic(
              "bzip2 data",
              0,
              "BZh".getBytes(StandardCharsets.US_ASCII),
              4,
              bytes(0x31, 0x41, 0x59, 0x26, 0x53, 0x59)),
          new Magic("xz data", 0, bytes(0xFD, '7', 'z', 'X', 'Z', 0x00)),
          new Magic("Zstandard data", 0, bytes(0x28, 0xB5, 0x2F, 0xFD)),
          new Magic("7-Zip archive", 0, bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C)),
          new Magic("RAR archive", 0, bytes('R', 'a', 'r', '!', 0x1A, 0x07)),
          new Magic("ELF executable", 0, bytes(0x7F, 'E', 'L', 'F')),
          new Magic("Java class file", 0, bytes(0xCA, 0xFE, 0xBA, 0xBE)),
          new Magic("MP4 video", 4, "ftyp".getBytes(StandardCharsets.US_ASCII)),
          new Magic("Ogg media", 0, bytes('O', 'g', 'g', 'S', 0x00)),
          new Magic("MP3 audio", 0, bytes('I', 'D', '3', 0x03)),
          new Magic("MP3 audio", 0, bytes('I', 'D', '3', 0x04)),
          new Magic(
              "Microsoft Office document",
              0,
              bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)),
          new Magic("WOFF font", 0, "wOFF".getBytes(StandardCharsets.US_ASCII)),
          new Magic("WOFF2 font", 0, "wOF2".getBytes(StandardCharsets.US_ASCII)));

  private ContentSniffer() {}

  /**
   * Says what the input is if it is not text.
   *
   * <p>Known signatures are named ({@code "PNG image"}, {@code "JPEG image"}, {@code "GIF image"},
   * {@code "PDF document"}, {@code "gzip data"}, {@code "ZIP archive"} and a few more). Otherwise
   * the first 8 KB are judged: more than 1% NUL bytes (at least 4), or more than 5% control bytes
   * other than tab, line breaks, form feed and ESC, is {@code "binary data"}. UTF-16/32 text with a
   * byte-order mark, and UTF-16 without one (NULs on one byte parity only), is text. A few stray
   * NULs in an ordinary page are tolerated.
   *
   * @param bytes the raw input
   * @return what the input is, or empty if it looks like text
   */
  public static Optional<String> binaryKind(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    for (Magic m : MAGICS) {
      if (m.matches(bytes)) {
        return Optional.of(m.kind());
      }
    }
    Bom bom = Bom.detect(bytes);
    if (bom != null && !bom.charset().equals(StandardCharsets.UTF_8)) {
      return Optional.empty(); // UTF-16/32 text is full of NULs by design
    }
    if (utf16WithoutBom(bytes).isPresent()) {
      return Optional.empty();
    }
    return tooManyControlBytes(bytes, bom == null ? 0 : bom.length())
        ? Optional.of(BINARY)
        : Optional.empty();
  }

  /**
   * UTF-16 text without a byte-order mark. The high byte of each code unit tells: ASCII markup puts
   * NULs there (and almost never on the other parity), and the rest are high bytes of the scripts
   * pages are written in (CJK, Hangul, Latin, punctuation). Random or binary data fails the second
   * test even when it happens to have NULs on one parity.
   *
   * @return UTF-16LE or UTF-16BE, or empty if the bytes do not look like UTF-16
   */
  static Optional<Charset> utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
    if (n < 16 || !SwarBytes.hasZeroByte(bytes, n)) {
      return Optional
          .empty(); // UTF-16 markup has a NUL in every other byte; most pages have none at all
    }
    int[] nul = new int[2];
    int[] plausible = new int[2];
    for (int i = 0; i < n; i++) {
      int c = bytes[i] & 0xFF;
      nul[i & 1] += c == 0 ? 1 : 0;
      plausible[i & 1] += plausibleHighByte(c) ? 1 : 0;
    }
    if (looksLikeHighBytes(n / 2, nul[1], nul[0], plausible[1])) {
      return Optional.of(StandardCharsets.UTF_16LE); // high byte second
    }
    if (looksLikeHighBytes(n / 2, nul[0], nul[1], plausible[0])) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  /**
   * Some ASCII (at least 5% NULs), NULs nearly absent from the low bytes, 95% plausible high bytes.
   */
  private static boolean looksLikeHighBytes(int units, int nulHigh, int nulLow, int plausibleHigh) {
    return nulHigh * 20 >= units && nulLow * 20 <= nulHigh && plausibleHigh * 20 >= units * 19;
  }

  /**
   * High bytes of Latin/Greek/Cyrillic/Hebrew/Arabic, punctuation, CJK, Hangul and full-width
   * forms.
   */
  private static boolean plausibleHighByte(int c) {
    return c <= 0x06
        || (c >= 0x20 && c <= 0x27)
        || (c >= 0x30 && c <= 0x9F)
        || (c >= 0xAC && c <= 0xD7)
        || c >= 0xFE;
  }

  private static boolean tooManyControlBytes(byte[] bytes, int start) {
    int end = Math.min(bytes.length, start + SAMPLE);
    int n = end - start;
    int nul = 0;
    int control = 0;
    for (int i = start; i < end; i++) {
      int c = bytes[i] & 0xFF;
      if (c == 0) {
        nul++;
        control++;
      } else if (isControl(c)) {
        control++;
      }
    }
    return (nul >= 4 && nul * 100 > n) || control * 20 > n;
  }

  /** C0 controls and DEL, except those text really uses (ESC is for ISO-2022 encodings). */
  private static boolean isControl(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1B) || c == 0x7F;
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  /**
   * A file signature: {@code first} at {@code offset}, and optionally {@code second} at {@code
   * offset2}.
   */
  private record Magic(String kind, int offset, byte[] first, int offset2, byte[] second) {
    Magic(String kind, int offset, byte[] first) {
      this(kind, offset, first, 0, new byte[0]);
    }

    boolean matches(byte[] b) {
      return at(b, offset, first) && at(b, offset2, second);
    }

    private static boolean at(byte[] b, int offset, byte[] sig) {
      if (b.length < offset + sig.length) {
        return false;
      }
      for (int i = 0; i < sig.length; i++) {
        if (b[offset + i] != sig[i]) {
          return false;
        }
      }
      return true;
    }
  }
}
