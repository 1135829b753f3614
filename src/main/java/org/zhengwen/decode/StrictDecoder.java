package org.zhengwen.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Checks that bytes read cleanly in a charset without keeping the text: the decoded characters go
 * to a small buffer that is reused, so checking a declaration costs no page-sized allocation. The
 * text is decoded later, once, by whoever reads the page ({@link DecodedPage}).
 */
final class StrictDecoder {
  private static final int CHUNK_CHARS = 4096;

  private StrictDecoder() {}

  /**
   * Whether {@code bytes} from {@code offset} decode in {@code charset} with at most {@code
   * maxErrors} malformed or unmappable sequences. A sequence cut off by the end of the bytes is not
   * counted. Counting stops as soon as the limit is passed.
   */
  static boolean holds(byte[] bytes, int offset, Charset charset, int maxErrors) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(CHUNK_CHARS);
    int errors = 0;
    while (true) {
      // endOfInput=false: a sequence cut off at the end comes back as leftover input, not as an
      // error.
      CoderResult r = decoder.decode(in, out, false);
      if (r.isUnderflow()) {
        return true;
      }
      if (r.isOverflow()) {
        out.clear();
        continue;
      }
      if (++errors > maxErrors) {
        return false;
      }
      in.position(in.position() + r.length());
    }
  }
}
