package org.zhengwen.decode;

import java.io.InputStream;

/**
 * The bytes of an array from an offset, leaving out ranges given as ascending {@code [start, end)}
 * pairs.
 */
final class SkippingByteStream extends InputStream {
  private final byte[] bytes;
  private final int[] skips;
  private int pos;
  private int next; // index into skips of the next range not yet passed

  SkippingByteStream(byte[] bytes, int offset, int[] skips) {
    this.bytes = bytes;
    this.pos = offset;
    this.skips = skips;
  }

  @Override
  public int read() {
    passSkips();
    return pos < segmentEnd() ? bytes[pos++] & 0xFF : -1;
  }

  @Override
  public int read(byte[] buf, int off, int len) {
    java.util.Objects.checkFromIndexSize(off, len, buf.length);
    if (len == 0) {
      return 0;
    }
    passSkips();
    int end = segmentEnd();
    if (pos >= end) {
      return -1;
    }
    int count = Math.min(len, end - pos);
    System.arraycopy(bytes, pos, buf, off, count);
    pos += count;
    return count;
  }

  /** Jumps over every range that starts here. */
  private void passSkips() {
    while (next < skips.length && pos >= skips[next]) {
      pos = Math.max(pos, skips[next + 1]);
      next += 2;
    }
  }

  /** Where the bytes to serve now end: the next range, or the end of the array. */
  private int segmentEnd() {
    return next < skips.length ? skips[next] : bytes.length;
  }
}
