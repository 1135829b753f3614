package org.zhengwen;

import java.nio.charset.Charset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The charset a page was decoded with and how it was chosen.
 *
 * @param charset the charset used to decode the bytes (for example GB18030 for a page labelled
 *     gb2312)
 * @param source how it was chosen
 * @param declared the label the page or header declared, if any, even when it lost to the bytes
 */
public record Encoding(Charset charset, CharsetSource source, java.util.Optional<String> declared) {
  /** Checks that no component is null. */
  public Encoding {
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(declared, "declared");
  }

  /**
   * An encoding without wrapping the label in an {@code Optional}.
   *
   * @param declared the label the page or header declared, or {@code null} when none was
   */
  public static Encoding of(Charset charset, CharsetSource source, @Nullable String declared) {
    return new Encoding(charset, source, java.util.Optional.ofNullable(declared));
  }

  /**
   * The canonical name of the charset, as written in Article JSON ({@code "GB18030"}, {@code
   * "UTF-8"}).
   */
  public String name() {
    return charset.name();
  }
}
