package org.zhengwen.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes text through without U+0000, which is never page text (the pipeline's rule for whole texts
 * too).
 */
final class NulDroppingReader extends FilterReader {
  NulDroppingReader(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int c;
    do {
      c = in.read();
    } while (c == 0);
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    while (true) {
      int n = in.read(buf, off, len);
      if (n <= 0) {
        return n;
      }
      int kept = off;
      for (int i = off; i < off + n; i++) {
        if (buf[i] != 0) {
          buf[kept++] = buf[i];
        }
      }
      if (kept > off) {
        return kept - off;
      }
      // A piece of nothing but NULs: read on rather than return 0, which readers must not do.
    }
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skip is not supported");
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
