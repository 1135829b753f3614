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
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE), stripped from the text;</li>
 *   <li>the charset parameter of the caller's Content-Type header;</li>
 *   <li>a {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} anywhere in the head
 *       (up to {@code </head>}, {@code <body} or 64 KB), then an XML declaration;</li>
 *   <li>a CleanEval {@code <text … encoding="…">} wrapper line;</li>
 *   <li>detection: strict UTF-8 validity, then juniversalchardet; UTF-8 with replacement characters
 *       when nothing is found. A few Chinese characters are too little for the sniffer, which then
 *       guesses a single-byte charset; bytes that decode cleanly as GB18030 and come in high-byte
 *       pairs (as Chinese characters do, and accented Latin letters do not) are taken as GB18030.</li>
 * </ol>
 *
 * <p>A declaration is believed only if the bytes agree: bytes that are strictly valid UTF-8 and use
 * it are UTF-8 whatever legacy label they carry, and a declared charset in which the bytes show more
 * than 0.1% errors (counted against the non-ASCII bytes; a character cut off at the end is free) is
 * skipped. Labels are promoted as browsers do: gb2312/gbk to GB18030, big5 to Big5-HKSCS,
 * iso-8859-1/us-ascii to windows-1252. Unknown labels are skipped. The final decode is lenient:
 * bad bytes become U+FFFD and {@link #decode} never throws for any input.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class PageDecoder {
  private static final PageDecoder STANDARD = new PageDecoder();

  /** The sniffer settles within a few KB on real pages; this caps its cost on huge ones. */
  private static final int SNIFF_CAP = 256 * 1024;
  private static final int SNIFF_CHUNK = 8 * 1024;
  private static final Charset GB18030 = Charset.forName("GB18030");
  /** Below this many non-ASCII bytes the sniffer's statistics are too thin to trust a Western guess. */
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
   * Decodes page bytes to text.
   *
   * @param bytes the page as served
   * @param contentType the HTTP Content-Type header value (for example {@code text/html; charset=gbk}), if known
   * @return the text without any byte-order mark, with the charset used and how it was chosen; after a
   *     byte-order mark, {@code declared} is the header's label if any (the page is not scanned)
   */
  public DecodedPage decode(byte[] bytes, Optional<String> contentType) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(contentType, "contentType");
    Optional<String> header = contentType.flatMap(Declarations::fromContentType);
    Bom bom = Bom.detect(bytes);
    if (bom != null) {
      String text = new String(bytes, bom.length(), bytes.length - bom.length(), bom.charset());
      return page(text, bom.charset(), CharsetSource.BOM, header);
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

  private static DecodedPage page(String text, Charset cs, CharsetSource source, Optional<String> declared) {
    return new DecodedPage(text, new Encoding(cs, source, declared));
  }

  /** One decode call: the bytes, their UTF-8 scan (done once) and the labels seen so far. */
  private static final class Attempt {
    private final byte[] bytes;
    /** The UTF-8 scan, made on first use: a page declared UTF-8 that decodes cleanly never needs it. */
    private @Nullable Utf8Scan scan;
    private @Nullable String firstLabel;
    private @Nullable String firstKnownLabel;

    Attempt(byte[] bytes) {
      this.bytes = bytes;
    }

    private Utf8Scan scan() {
      if (scan == null) {
        scan = Utf8Scan.of(bytes);
      }
      return scan;
    }

    /** The page decoded as the label says, or null when the label is absent, unknown or contradicted. */
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
      Decoded d = decodeIfTrue(cs.get(), source);
      return d == null ? null : page(d.text(), d.charset(), source, Optional.of(l));
    }

    /** No declaration held: detect. */
    DecodedPage undeclared() {
      Optional<String> declared = Optional.ofNullable(firstKnownLabel != null ? firstKnownLabel : firstLabel);
      // First: UTF-16 of pure-ASCII markup has no byte above 0x7F and would pass for ASCII.
      Optional<Charset> utf16 = ContentSniffer.utf16WithoutBom(bytes);
      if (utf16.isPresent()) {
        return page(new String(bytes, utf16.get()), utf16.get(), CharsetSource.SNIFFED, declared);
      }
      if (scan().plainAscii()) {
        // Every ASCII-based charset reads these bytes the same; nothing was really decided.
        return page(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8,
            CharsetSource.FALLBACK, declared);
      }
      if (scan().cleanMultiByteUtf8()) {
        return page(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, CharsetSource.SNIFFED,
            declared);
      }
      Optional<Charset> sniffed = sniff(bytes);
      if (sniffed.isEmpty() || (scan().nonAscii() < SHORT_TEXT && singleByte(sniffed.get()))) {
        // The sniffer gives up on, or guesses a Western charset for, a few Chinese characters;
        // for a Chinese-first decoder clean GB18030 made of high-byte pairs is the better bet.
        String gb = chineseLikeText();
        if (gb != null) {
          return page(gb, GB18030, CharsetSource.SNIFFED, declared);
        }
      }
      if (sniffed.isPresent()) {
        return page(new String(bytes, sniffed.get()), sniffed.get(), CharsetSource.SNIFFED, declared);
      }
      return page(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, CharsetSource.FALLBACK,
          declared);
    }

    /** The GB18030 text, if it decodes cleanly and 90% of its non-ASCII bytes come in high-byte pairs. */
    private @Nullable String chineseLikeText() {
      int paired = 0;
      for (int i = 0; i < bytes.length; i++) {
        if (highPairByte(bytes[i]) && i + 1 < bytes.length && highPairByte(bytes[i + 1])) {
          paired += 2;
          i++;
        }
      }
      return paired * 10 >= scan().nonAscii() * 9 ? StrictDecoder.decode(bytes, GB18030, scan().tolerance()) : null;
    }

    private @Nullable Decoded decodeIfTrue(Charset cs, CharsetSource source) {
      if (CharsetLabels.isUtf16(cs)) {
        // A UTF-16 label we could read as ASCII cannot be true (WHATWG reads it as UTF-8);
        // a header may be, if the bytes look like UTF-16.
        if (source != CharsetSource.HEADER) {
          return decodeIfTrue(StandardCharsets.UTF_8, source);
        }
        return ContentSniffer.utf16WithoutBom(bytes).map(u -> new Decoded(new String(bytes, u), u)).orElse(null);
      }
      String text;
      if (cs.equals(StandardCharsets.UTF_8)) {
        // Decode first: no U+FFFD in the result means no malformed byte, and the scan is not needed.
        // (A page that holds U+FFFD itself just takes the scan's slower road to the same answer.)
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        text = utf8.indexOf('\uFFFD') < 0 || scan().errors() <= scan().tolerance() ? utf8 : null;
      } else if (scan().plainAscii()) {
        text = new String(bytes, StandardCharsets.ISO_8859_1);
      } else if (scan().cleanMultiByteUtf8()) {
        text = null; // a stale legacy label on a page re-saved as UTF-8
      } else {
        text = StrictDecoder.decode(bytes, cs, scan().tolerance());
      }
      return text == null ? null : new Decoded(text, cs);
    }
  }

  /** Text and the charset that produced it. */
  private record Decoded(String text, Charset charset) {}

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
      return name == null ? Optional.empty()
          : CharsetLabels.resolve(name).filter(cs -> !CharsetLabels.isUtf16(cs));
    } catch (RuntimeException e) {
      return Optional.empty(); // a detector bug on odd bytes must not fail the page; we fall back instead
    }
  }
}
