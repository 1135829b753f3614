package org.zhengwen.decode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte-array helpers shared by the decoder's scans: reading eight bytes as one {@code long} and
 * testing all eight at once (SWAR), and matching ASCII names without case. The scans run over every
 * byte of every page, so they look at words where they can.
 */
final class SwarBytes {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The high bit of each byte: set in a word exactly when one of its bytes is not ASCII. */
  static final long HIGH_BITS = 0x8080808080808080L;

  private static final long LOW_BITS = 0x0101010101010101L;

  private SwarBytes() {}

  /** The eight bytes at {@code i}, little-endian. */
  static long at(byte[] b, int i) {
    return (long) LONGS.get(b, i);
  }

  /**
   * {@code c} in every byte of a word, to find it with {@link #zeroByteFlags}{@code (word ^
   * repeated)}.
   */
  static long repeated(int c) {
    return LOW_BITS * (c & 0xFF);
  }

  /** Nonzero exactly when one of the eight bytes of {@code x} is zero (the classic SWAR test). */
  static long zeroByteFlags(long x) {
    return (x - LOW_BITS) & ~x & HIGH_BITS;
  }

  /** Whether any of the first {@code n} bytes of {@code b} is zero; eight bytes at a time. */
  static boolean hasZeroByte(byte[] b, int n) {
    int i = 0;
    long flags = 0;
    for (; i + 8 <= n; i += 8) {
      flags |= zeroByteFlags(at(b, i));
    }
    for (; i < n; i++) {
      flags |= b[i] == 0 ? 1 : 0;
    }
    return flags != 0;
  }

  /** The first index at or after {@code from} and before {@code end} holding {@code c}, or -1. */
  static int indexOf(byte[] b, int c, int from, int end) {
    long pattern = repeated(c);
    int i = Math.max(from, 0);
    for (; i + 8 <= end; i += 8) {
      if (zeroByteFlags(at(b, i) ^ pattern) != 0) {
        break;
      }
    }
    for (; i < end; i++) {
      if (b[i] == (byte) c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the bytes at {@code at} (before {@code end}) spell {@code lower}, ignoring ASCII case.
   * {@code lower} is lower-case ASCII.
   */
  static boolean asciiIgnoreCaseAt(byte[] b, int at, int end, String lower) {
    if (at < 0 || at + lower.length() > end) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      int c = b[at + k];
      if (c != lower.charAt(k) && (c | 0x20) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
