package org.zhengwen.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A byte-order mark at the start of the bytes. Shared by the decoder (which obeys it above any
 * declaration) and the content sniffer (which must not call NUL-rich UTF-16 text binary).
 *
 * @param charset the charset the mark announces
 * @param length how many bytes the mark takes, to strip from the text
 */
record Bom(Charset charset, int length) {
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  /** The mark at the start of {@code b}, or null when there is none. */
  static @Nullable Bom detect(byte[] b) {
    // UTF-32LE first: its mark begins with the UTF-16LE one (FF FE), and text starting with U+0000
    // is not real.
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return new Bom(UTF_32BE, 4);
    }
    if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return new Bom(UTF_32LE, 4);
    }
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return new Bom(StandardCharsets.UTF_8, 3);
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return new Bom(StandardCharsets.UTF_16BE, 2);
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return new Bom(StandardCharsets.UTF_16LE, 2);
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... sig) {
    if (b.length < sig.length) {
      return false;
    }
    for (int i = 0; i < sig.length; i++) {
      if ((b[i] & 0xFF) != sig[i]) {
        return false;
      }
    }
    return true;
  }
}
