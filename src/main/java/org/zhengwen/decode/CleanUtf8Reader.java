package org.zhengwen.decode;

import java.io.Reader;
import java.util.Objects;

/**
 * Reads bytes that {@link Utf8Scan} has already found to be strictly valid UTF-8, with no sequence
 * cut off at the end. Nothing is validated again, and ASCII runs are copied eight bytes at a time.
 * The JDK's streaming UTF-8 decoder has an ASCII fast path only up to the first non-ASCII byte of
 * each read; a parser that reads a page a thousand characters at a time, most of them markup with a
 * few curly quotes or CJK characters, spends most of its decode time in the slow per-byte loop
 * after that.
 *
 * <p>Only for validated bytes: on any other input the characters it yields are unspecified.
 */
final class CleanUtf8Reader extends Reader {

  private final byte[] bytes;

  /** Ranges to leave out, ascending {@code [start, end)} pairs; they fall on character bounds. */
  private final int[] skips;

  private int nextSkip;
  private int end;
  private int pos;

  /**
   * The low surrogate of a supplementary character whose high half ended the previous read, or 0.
   */
  private char pendingLow;

  CleanUtf8Reader(byte[] bytes, int offset) {
    this(bytes, offset, new int[0]);
  }

  CleanUtf8Reader(byte[] bytes, int offset, int[] skips) {
    this.bytes = bytes;
    this.pos = offset;
    this.skips = skips;
    this.end = skips.length > 0 ? skips[0] : bytes.length;
  }

  /** At the end of a segment: jumps over the range that follows it; false when there is none. */
  private boolean nextSegment() {
    if (nextSkip >= skips.length) {
      return false;
    }
    pos = Math.max(pos, skips[nextSkip + 1]);
    nextSkip += 2;
    end = nextSkip < skips.length ? skips[nextSkip] : bytes.length;
    return true;
  }

  @Override
  public int read(char[] buf, int off, int len) {
    Objects.checkFromIndexSize(off, len, buf.length);
    if (len == 0) {
      return 0;
    }
    while (pos >= end && pendingLow == 0) {
      if (!nextSegment()) {
        return -1;
      }
    }
    int o = off;
    int limit = off + len;
    if (pendingLow != 0) {
      buf[o++] = pendingLow;
      pendingLow = 0;
    }
    byte[] b = bytes;
    int p = pos;
    int end = this.end;
    while (o < limit) {
      if (p >= end) {
        pos = p;
        if (!nextSegment()) {
          break;
        }
        p = pos;
        end = this.end;
        continue;
      }
      while (o + 8 <= limit && p + 8 <= end && (SwarBytes.at(b, p) & SwarBytes.HIGH_BITS) == 0) {
        for (int k = 0; k < 8; k++) {
          buf[o + k] = (char) b[p + k];
        }
        o += 8;
        p += 8;
      }
      if (o >= limit) {
        break;
      }
      if (p >= end) {
        continue; // the top of the loop moves on to the next segment
      }
      int c = b[p];
      if (c >= 0) {
        buf[o++] = (char) c;
        p++;
      } else if ((c & 0xE0) == 0xC0) {
        buf[o++] = (char) (((c & 0x1F) << 6) | (b[p + 1] & 0x3F));
        p += 2;
      } else if ((c & 0xF0) == 0xE0) {
        buf[o++] = (char) (((c & 0x0F) << 12) | ((b[p + 1] & 0x3F) << 6) | (b[p + 2] & 0x3F));
        p += 3;
      } else {
        int cp =
            ((c & 0x07) << 18)
                | ((b[p + 1] & 0x3F) << 12)
                | ((b[p + 2] & 0x3F) << 6)
                | (b[p + 3] & 0x3F);
        p += 4;
        buf[o++] = Character.highSurrogate(cp);
        if (o < limit) {
          buf[o++] = Character.lowSurrogate(cp);
        } else {
          pendingLow = Character.lowSurrogate(cp);
        }
      }
    }
    pos = p;
    return o - off;
  }

  @Override
  public void close() {
    // nothing to release: the bytes belong to the caller
  }
}
