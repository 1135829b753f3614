package org.zhengwen.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mozilla.universalchardet.UniversalDetector;
import org.zhengwen.CharsetSource;
import org.zhengwen.Encoding;

/**
 * Decodes raw page bytes to text, choosing the charset the way a careful browser would, but
 * trusting the bytes over labels that contradict them.
 *
 * <p>The order is:
 *
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE), stripped from the text;
 *   <li>the charset parameter of the caller's Content-Type header;
 *   <li>a {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} anywhere in the head
 *       (up to {@code </head>}, {@code <body} or 64 KB), then an XML declaration;
 *   <li>a CleanEval {@code <text … encoding="…">} wrapper line;
 *   <li>detection: strict UTF-8 validity, then juniversalchardet; UTF-8 with replacement characters
 *       when nothing is found. A few Chinese characters are too little for the sniffer, which then
 *       guesses a single-byte charset; bytes that decode cleanly as GB18030 and come in high-byte
 *       pairs (as Chinese characters do, and accented Latin letters do not) are taken as GB18030.
 * </ol>
 *
 * <p>A declaration is believed only if the bytes agree: bytes that are strictly valid UTF-8 and use
 * it are UTF-8 whatever legacy label they carry, and a declared charset in which the bytes show
 * more than 0.1% errors (counted against the non-ASCII bytes; a character cut off at the end is
 * free) is skipped. Labels are promoted as browsers do: gb2312/gbk to GB18030, big5 to Big5-HKSCS,
 * iso-8859-1/us-ascii to windows-1252. Unknown labels are skipped. The final decode is lenient: bad
 * bytes become U+FFFD and {@link #decode} never throws for any input.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class PageDecoder {
  private static final PageDecoder STANDARD = new PageDecoder();

  /** The sniffer settles within a few KB on real pages; this caps its cost on huge ones. */
  private static final int SNIFF_CAP = 256 * 1024;

  private static final int SNIFF_CHUNK = 8 * 1024;
  private static final Charset GB18030 = Charset.forName("GB18030");

  /**
   * Below this many non-ASCII bytes the sniffer's statistics are too thin to trust a Western guess.
   */
  private static final int SHORT_TEXT = 100;

  private PageDecoder() {}

  /**
   * The standard decoder.
   *
   * @return the shared instance
   */
  public static PageDecoder standard() {
    return STANDARD;
  }

  /**
   * Chooses the charset of page bytes. The bytes are checked against each declaration here, but the
   * text is decoded only when the returned page is read ({@link DecodedPage#text()}, {@link
   * DecodedPage#reader()}), so that a caller who streams it never holds the whole text. The caller
   * must not change {@code bytes} while the page is in use.
   *
   * @param bytes the page as served
   * @param contentType the HTTP Content-Type header value (for example {@code text/html;
   *     charset=gbk}), or {@code null} when there is none
   * @return the page, reading as the chosen charset without any byte-order mark, with the charset
   *     used and how it was chosen; after a byte-order mark, {@code declared} is the header's label
   *     if any (the page is not scanned)
   */
  public DecodedPage decode(byte[] bytes, @Nullable String contentType) {
    Objects.requireNonNull(bytes, "bytes");
    Optional<String> header =
        Optional.ofNullable(contentType).flatMap(Declarations::fromContentType);
    Bom bom = Bom.detect(bytes);
    if (bom != null) {
      // Not scanned: UTF-16 and UTF-32 have zero bytes without NUL characters, so NUL stays
      // possible.
      return new DecodedPage(
          bytes,
          bom.length(),
          bom.charset(),
          new Encoding(bom.charset(), CharsetSource.BOM, header),
          true,
          false);
    }
    Attempt attempt = new Attempt(bytes);
    DecodedPage settled = attempt.declared(header, CharsetSource.HEADER);
    if (settled != null) {
      return settled;
    }
    Declarations.InPage inPage = Declarations.inPage(bytes);
    settled = attempt.declared(inPage.meta(), CharsetSource.META);
    if (settled == null) {
      settled = attempt.declared(inPage.xml(), CharsetSource.META);
    }
    if (settled == null) {
      settled = attempt.declared(inPage.wrapper(), CharsetSource.WRAPPER);
    }
    return settled != null ? settled : attempt.undeclared();
  }

  /**
   * Chooses the charset of page bytes that came without a {@code Content-Type} header: as {@link
   * #decode(byte[], String)} with {@code null}.
   *
   * @param bytes the page as stored
   * @return the page, reading as the chosen charset
   */
  public DecodedPage decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /** One decode call: the bytes, their UTF-8 scan (done once) and the labels seen so far. */
  private static final class Attempt {
    private final byte[] bytes;

    /** The UTF-8 scan, made on first use and at most once. */
    private @Nullable Utf8Scan scan;

    private @Nullable String firstLabel;
    private @Nullable String firstKnownLabel;

    Attempt(byte[] bytes) {
      this.bytes = bytes;
    }

    /** The page read as {@code cs}, reported as {@code cs} chosen by {@code source}. */
    private DecodedPage page(Charset cs, CharsetSource source, Optional<String> declared) {
      return page(cs, cs, source, declared);
    }

    /**
     * The page read as {@code reading}, reported as {@code reported} (they differ only for plain
     * ASCII).
     */
    private DecodedPage page(
        Charset reading, Charset reported, CharsetSource source, Optional<String> declared) {
      // Every other charset resolved here is ASCII-compatible: U+0000 only comes from a zero byte.
      boolean mayHoldNul = CharsetLabels.isUtf16(reading) || scan().hasNul();
      boolean cleanUtf8 =
          reading.equals(StandardCharsets.UTF_8) && scan().errors() == 0 && !scan().truncatedTail();
      return new DecodedPage(
          bytes, 0, reading, new Encoding(reported, source, declared), mayHoldNul, cleanUtf8);
    }

    private Utf8Scan scan() {
      if (scan == null) {
        scan = Utf8Scan.of(bytes);
      }
      return scan;
    }

    /**
     * The page decoded as the label says, or null when the label is absent, unknown or
     * contradicted.
     */
    @Nullable DecodedPage declared(Optional<String> label, CharsetSource source) {
      if (label.isEmpty()) {
        return null;
      }
      String l = label.get();
      firstLabel = firstLabel != null ? firstLabel : l;
      Optional<Charset> cs = CharsetLabels.resolve(l);
      if (cs.isEmpty()) {
        return null;
      }
      firstKnownLabel = firstKnownLabel != null ? firstKnownLabel : l;
      Charset reading = readingIfTrue(cs.get(), source);
      if (reading == null) {
        return null;
      }
      // Pure ASCII is read with the cheapest decoder but reported as the label said.
      Charset reported = reading == StandardCharsets.ISO_8859_1 ? cs.get() : reading;
      return page(reading, reported, source, Optional.of(l));
    }

    /** No declaration held: detect. */
    DecodedPage undeclared() {
      Optional<String> declared =
          Optional.ofNullable(firstKnownLabel != null ? firstKnownLabel : firstLabel);
      // First: UTF-16 of pure-ASCII markup has no byte above 0x7F and would pass for ASCII.
      Optional<Charset> utf16 = ContentSniffer.utf16WithoutBom(bytes);
      if (utf16.isPresent()) {
        return page(utf16.get(), CharsetSource.SNIFFED, declared);
      }
      if (scan().plainAscii()) {
        // Every ASCII-based charset reads these bytes the same; nothing was really decided.
        return page(
            StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8, CharsetSource.FALLBACK, declared);
      }
      if (scan().cleanMultiByteUtf8()) {
        return page(StandardCharsets.UTF_8, CharsetSource.SNIFFED, declared);
      }
      Optional<Charset> sniffed = sniff(bytes);
      if (sniffed.isEmpty() || (scan().nonAscii() < SHORT_TEXT && singleByte(sniffed.get()))) {
        // The sniffer gives up on, or guesses a Western charset for, a few Chinese characters;
        // for a Chinese-first decoder clean GB18030 made of high-byte pairs is the better bet.
        if (chineseLike()) {
          return page(GB18030, CharsetSource.SNIFFED, declared);
        }
      }
      if (sniffed.isPresent()) {
        return page(sniffed.get(), CharsetSource.SNIFFED, declared);
      }
      return page(StandardCharsets.UTF_8, CharsetSource.FALLBACK, declared);
    }

    /**
     * Whether the bytes decode cleanly as GB18030 and 90% of their non-ASCII bytes come in
     * high-byte pairs.
     */
    private boolean chineseLike() {
      int paired = 0;
      for (int i = 0; i < bytes.length; i++) {
        if (highPairByte(bytes[i]) && i + 1 < bytes.length && highPairByte(bytes[i + 1])) {
          paired += 2;
          i++;
        }
      }
      return paired * 10 >= scan().nonAscii() * 9
          && StrictDecoder.holds(bytes, 0, GB18030, scan().tolerance());
    }

    /**
     * The charset to read the page with if the label {@code cs} holds, else null. Only the scan and
     * a counting decode run here; the text itself is decoded once, later, by the page's reader.
     */
    private @Nullable Charset readingIfTrue(Charset cs, CharsetSource source) {
      if (CharsetLabels.isUtf16(cs)) {
        // A UTF-16 label we could read as ASCII cannot be true (WHATWG reads it as UTF-8);
        // a header may be, if the bytes look like UTF-16.
        if (source != CharsetSource.HEADER) {
          return readingIfTrue(StandardCharsets.UTF_8, source);
        }
        return ContentSniffer.utf16WithoutBom(bytes).orElse(null);
      }
      if (cs.equals(StandardCharsets.UTF_8)) {
        return scan().errors() <= scan().tolerance() ? cs : null;
      }
      if (scan().plainAscii()) {
        return StandardCharsets
            .ISO_8859_1; // every ASCII-compatible label reads pure ASCII the same way
      }
      if (scan().cleanMultiByteUtf8()) {
        return null; // a stale legacy label on a page re-saved as UTF-8
      }
      return StrictDecoder.holds(bytes, 0, cs, scan().tolerance()) ? cs : null;
    }
  }

  /**
   * Both bytes of nearly every common Chinese character (all of GB2312, most of GBK) are in
   * 0x81..0xFE, whereas an accented Latin letter is followed by ASCII.
   */
  private static boolean highPairByte(byte b) {
    int c = b & 0xFF;
    return c >= 0x81 && c <= 0xFE;
  }

  private static boolean singleByte(Charset cs) {
    return cs.canEncode() && cs.newEncoder().maxBytesPerChar() <= 1.0f;
  }

  private static Optional<Charset> sniff(byte[] bytes) {
    try {
      UniversalDetector detector = new UniversalDetector();
      int end = Math.min(bytes.length, SNIFF_CAP);
      for (int off = 0; off < end && !detector.isDone(); off += SNIFF_CHUNK) {
        detector.handleData(bytes, off, Math.min(SNIFF_CHUNK, end - off));
      }
      detector.dataEnd();
      String name = detector.getDetectedCharset();
      return name == null
          ? Optional.empty()
          : CharsetLabels.resolve(name).filter(cs -> !CharsetLabels.isUtf16(cs));
    } catch (RuntimeException e) {
      return Optional
          .empty(); // a detector bug on odd bytes must not fail the page; we fall back instead
    }
  }
}
