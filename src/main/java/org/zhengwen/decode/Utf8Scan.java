package org.zhengwen.decode;

/**
 * One pass over the bytes that answers every question the decoder asks before decoding: how many
 * bytes are non-ASCII (the base for error tolerance), and whether the bytes are strictly valid
 * UTF-8. A hand loop rather than a {@code CharsetDecoder} because it allocates nothing and runs on
 * every page.
 *
 * @param nonAscii bytes at or above 0x80
 * @param errors malformed UTF-8 sequences (overlong forms, surrogates and values above U+10FFFF
 *     count)
 * @param sequences complete multi-byte UTF-8 sequences
 * @param truncatedTail the bytes end inside an otherwise valid multi-byte sequence
 * @param hasEscape an ESC byte occurs, which 7-bit encodings such as ISO-2022-JP need
 * @param hasNul a zero byte occurs; in an ASCII-compatible charset that is the only way to get
 *     U+0000
 */
record Utf8Scan(
    int nonAscii,
    int errors,
    int sequences,
    boolean truncatedTail,
    boolean hasEscape,
    boolean hasNul) {

  private static final long ESC_BYTES = SwarBytes.repeated(0x1B);

  /** Scans all of {@code b}. */
  static Utf8Scan of(byte[] b) {
    int nonAscii = 0;
    int errors = 0;
    int sequences = 0;
    boolean truncated = false;
    boolean escape = false;
    boolean nul = false;
    // Flags of ASCII words, OR-ed without a branch per word and read once at the end.
    long escapeFlags = 0;
    long nulFlags = 0;
    int n = b.length;
    int i = 0;
    while (i < n) {
      // ASCII runs eight bytes at a time: most of an HTML page is markup.
      while (i + 8 <= n) {
        long w = SwarBytes.at(b, i);
        if ((w & SwarBytes.HIGH_BITS) != 0) {
          break;
        }
        escapeFlags |= SwarBytes.zeroByteFlags(w ^ ESC_BYTES);
        nulFlags |= SwarBytes.zeroByteFlags(w);
        i += 8;
      }
      if (i >= n) {
        break;
      }
      if (errors > 0 && (long) errors * 1000 > n) {
        // Too broken to be UTF-8 at any tolerance: only the non-ASCII count still matters.
        return new Utf8Scan(
            nonAscii + countNonAscii(b, i),
            errors,
            sequences,
            false,
            escape || escapeFlags != 0 || has(b, i, (byte) 0x1B),
            nul || nulFlags != 0 || has(b, i, (byte) 0));
      }
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        escape |= c == 0x1B;
        nul |= c == 0;
        i++;
        continue;
      }
      nonAscii++;
      int need = trailCount(c);
      if (need == 0) {
        errors++;
        i++;
        continue;
      }
      int j = i + 1;
      int got = 0;
      while (got < need && j < n && inTrailRange(c, got, b[j] & 0xFF)) {
        got++;
        j++;
      }
      nonAscii += got;
      if (got == need) {
        sequences++;
      } else if (j == n) {
        truncated = true;
      } else {
        errors++;
      }
      // On an error resume at the offending byte, as a REPLACE decoder does.
      i = j;
    }
    return new Utf8Scan(
        nonAscii, errors, sequences, truncated, escape || escapeFlags != 0, nul || nulFlags != 0);
  }

  /** True for bytes that are valid UTF-8 (a cut-off last character aside) and really use it. */
  boolean cleanMultiByteUtf8() {
    return errors == 0 && sequences > 0;
  }

  /**
   * True when no byte needs a multi-byte or 7-bit-escape decoder: every ASCII-based charset agrees.
   */
  boolean plainAscii() {
    return nonAscii == 0 && !hasEscape;
  }

  /** Errors a declaration may show and still be believed: 0.1% of the non-ASCII bytes. */
  int tolerance() {
    return nonAscii / 1000;
  }

  private static int countNonAscii(byte[] b, int from) {
    int count = 0;
    for (int i = from; i < b.length; i++) {
      count += b[i] >>> 31; // sign bit set means 0x80..0xFF
    }
    return count;
  }

  private static boolean has(byte[] b, int from, byte wanted) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == wanted) {
        return true;
      }
    }
    return false;
  }

  private static int trailCount(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 1;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 2;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      return 3;
    }
    return 0; // continuation byte, C0/C1 overlong lead, or F5..FF
  }

  /**
   * The second byte's range is narrower for a few leads, which is what rules out overlongs and
   * surrogates.
   */
  private static boolean inTrailRange(int lead, int index, int t) {
    int lo = 0x80;
    int hi = 0xBF;
    if (index == 0) {
      switch (lead) {
        case 0xE0 -> lo = 0xA0;
        case 0xED -> hi = 0x9F;
        case 0xF0 -> lo = 0x90;
        case 0xF4 -> hi = 0x8F;
        default -> {}
      }
    }
    return t >= lo && t <= hi;
  }
}
