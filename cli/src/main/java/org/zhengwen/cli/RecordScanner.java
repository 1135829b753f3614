package org.zhengwen.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Finds the next occurrence of a short byte pattern in a file, reading it in chunks from a
 * position.
 */
final class RecordScanner {
  private static final int CHUNK = 64 << 10;

  private RecordScanner() {}

  /**
   * The offset of the first match at or after {@code from}, or -1.
   *
   * @param atLineStart whether a match must directly follow a {@code '\n'} (WARC headers start a
   *     line)
   */
  static long find(FileChannel channel, long from, byte[] pattern, boolean atLineStart)
      throws IOException {
    int lead = atLineStart ? 1 : 0;
    ByteBuffer buf = ByteBuffer.allocate(CHUNK);
    long chunkStart = Math.max(0, from - lead);
    while (true) {
      int n = readChunk(channel, buf, chunkStart);
      byte[] a = buf.array();
      for (int i = lead; i + pattern.length <= n; i++) {
        if (chunkStart + i >= from && (lead == 0 || a[i - 1] == '\n') && matchesAt(a, i, pattern)) {
          return chunkStart + i;
        }
      }
      if (n < CHUNK) {
        return -1;
      }
      // Overlap the chunks so that a match straddling the boundary is still seen whole.
      chunkStart += n - pattern.length - lead;
    }
  }

  private static int readChunk(FileChannel channel, ByteBuffer buf, long position)
      throws IOException {
    buf.clear();
    while (buf.hasRemaining()) {
      int r = channel.read(buf, position + buf.position());
      if (r < 0) {
        break;
      }
    }
    return buf.position();
  }

  private static boolean matchesAt(byte[] a, int i, byte[] pattern) {
    for (int k = 0; k < pattern.length; k++) {
      if (a[i + k] != pattern[k]) {
        return false;
      }
    }
    return true;
  }
}
