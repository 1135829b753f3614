package org.zhengwen.decode;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.zhengwen.CharsetSource;
import org.zhengwen.Encoding;

/** STUB: replaced by the real decoder. */
public final class PageDecoder {
  private static final PageDecoder STANDARD = new PageDecoder();

  /** The standard decoder. */
  public static PageDecoder standard() {
    return STANDARD;
  }

  /** Decodes page bytes. */
  public DecodedPage decode(byte[] bytes, Optional<String> contentType) {
    return new DecodedPage(new String(bytes, StandardCharsets.UTF_8),
        new Encoding(StandardCharsets.UTF_8, CharsetSource.FALLBACK, Optional.empty()));
  }
}
