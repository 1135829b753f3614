package org.zhengwen.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import org.jspecify.annotations.Nullable;

/**
 * Decodes and validates in the same pass: errors are reported, counted and replaced with U+FFFD,
 * so a declaration that holds yields its text without a second, lenient decode.
 */
final class StrictDecoder {
  private static final char REPLACEMENT = '\uFFFD';

  private StrictDecoder() {}

  /**
   * Decodes {@code bytes} with {@code charset}.
   *
   * @return the text (bad sequences replaced), or null as soon as there are more than {@code maxErrors}
   *     malformed or unmappable sequences; a sequence cut off by the end of the bytes is not counted
   */
  static @Nullable String decode(byte[] bytes, Charset charset, int maxErrors) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    int errors = 0;
    while (true) {
      // endOfInput=false: a sequence cut off at the end comes back as leftover input, not as an error.
      CoderResult r = decoder.decode(in, out, false);
      if (r.isUnderflow()) {
        break;
      }
      if (r.isOverflow()) {
        out = grow(out);
        continue;
      }
      if (++errors > maxErrors) {
        return null;
      }
      in.position(in.position() + r.length());
      out = put(out, REPLACEMENT);
    }
    if (in.hasRemaining()) {
      out = put(out, REPLACEMENT);
      in.position(in.limit());
    }
    out = finish(decoder, in, out);
    return out.flip().toString();
  }

  /** Lets stateful decoders (ISO-2022) emit what they still hold. */
  private static CharBuffer finish(CharsetDecoder decoder, ByteBuffer in, CharBuffer out) {
    CharBuffer o = out;
    while (decoder.decode(in, o, true).isOverflow()) {
      o = grow(o);
    }
    while (decoder.flush(o).isOverflow()) {
      o = grow(o);
    }
    return o;
  }

  private static CharBuffer put(CharBuffer out, char c) {
    CharBuffer o = out.hasRemaining() ? out : grow(out);
    o.put(c);
    return o;
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
    out.flip();
    bigger.put(out);
    return bigger;
  }
}
