package org.zhengwen.decode;

import java.nio.charset.StandardCharsets;

/**
 * The first bytes of a page seen as Latin-1 characters, one per byte, without copying them: ASCII
 * markup reads the same in every ASCII-compatible charset, and the declaration scan looks at up to
 * 64 KB of every page, which as a String would be a 64 KB copy per page.
 */
final class Latin1Chars implements CharSequence {
  private final byte[] bytes;
  private final int length;

  Latin1Chars(byte[] bytes, int length) {
    this.bytes = bytes;
    this.length = Math.min(length, bytes.length);
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return (char) (bytes[index] & 0xFF);
  }

  /** The index of the first {@code c} at or after {@code from}, or -1. */
  int indexOf(char c, int from) {
    return SwarBytes.indexOf(bytes, c, from, length);
  }

  /** Whether the ASCII letters of {@code lowerName} appear at {@code at}, in either case. */
  boolean matchesIgnoringCase(int at, String lowerName) {
    return SwarBytes.asciiIgnoreCaseAt(bytes, at, length, lowerName);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    if (start < 0 || end > length || start > end) {
      throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + length);
    }
    return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
  }

  @Override
  public String toString() {
    return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
  }
}
