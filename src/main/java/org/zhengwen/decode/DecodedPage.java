package org.zhengwen.decode;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import org.jspecify.annotations.Nullable;
import org.zhengwen.Encoding;

/**
 * A page's bytes with the charset chosen for them. The text is decoded on demand: whole with {@link
 * #text()}, or as a stream with {@link #reader()}, which lets a parser read the page without a
 * second full-size copy of it in memory. Bytes the charset cannot read become U+FFFD either way.
 *
 * <p>Not thread-safe: {@link #text()} keeps the text it decodes. Each decode call makes its own
 * page.
 */
public final class DecodedPage {
  private final byte[] bytes;
  private final int offset;
  private final Charset charset;
  private final Encoding encoding;
  private final boolean mayHoldNul;

  /**
   * The bytes are known to be strictly valid UTF-8 to the end, so a reader need not check them
   * again.
   */
  private final boolean cleanUtf8;

  private @Nullable String text;

  DecodedPage(
      byte[] bytes,
      int offset,
      Charset charset,
      Encoding encoding,
      boolean mayHoldNul,
      boolean cleanUtf8) {
    this.bytes = bytes;
    this.offset = offset;
    this.charset = charset;
    this.encoding = encoding;
    this.mayHoldNul = mayHoldNul;
    this.cleanUtf8 = cleanUtf8;
  }

  /**
   * The charset used and how it was chosen.
   *
   * @return the encoding report
   */
  public Encoding encoding() {
    return encoding;
  }

  /**
   * The whole text, without any byte-order mark; decoded on the first call and kept.
   *
   * @return the decoded text
   */
  public String text() {
    if (text == null) {
      text = new String(bytes, offset, bytes.length - offset, charset);
    }
    return text;
  }

  /**
   * A fresh stream over the text, from its start; nothing is kept, and closing it is optional.
   *
   * @return a reader of the decoded text
   */
  public Reader reader() {
    if (text != null) {
      return new java.io.StringReader(text);
    }
    if (cleanUtf8) {
      return new CleanUtf8Reader(bytes, offset);
    }
    return new InputStreamReader(
        new ByteArrayInputStream(bytes, offset, bytes.length - offset), lenientDecoder());
  }

  /**
   * A fresh stream over the text with the contents of {@code <script>} and {@code <style>} elements
   * left out, for an HTML parser whose caller discards them anyway (the extractor parses this
   * stream): the elements stay, empty. Scripts of type {@code application/ld+json} are kept. From
   * the first place where the end of such an element is not certain from plain markup (a script
   * holding {@code <!--}, a missing end tag, {@code <plaintext>}, script or style inside SVG or
   * MathML), the rest of the text is left whole, and so is all of it in a charset whose multi-byte
   * characters can hold markup bytes (UTF-16, UTF-32); nothing else is ever changed. {@link
   * #reader()} is the full text.
   *
   * @return a reader of the decoded text without script and style contents
   */
  public Reader readerWithoutScripts() {
    if (text != null || !ScriptElision.appliesTo(charset.name())) {
      return reader();
    }
    int[] ranges = ScriptElision.ranges(bytes, offset);
    if (ranges.length == 0) {
      return reader();
    }
    if (cleanUtf8) {
      return new CleanUtf8Reader(bytes, offset, ranges);
    }
    return new InputStreamReader(new SkippingByteStream(bytes, offset, ranges), lenientDecoder());
  }

  /**
   * The first characters of the text, for sniffing what kind of document it is.
   *
   * @param maxChars how many characters at most
   * @return up to {@code maxChars} characters from the start of the text
   */
  public String head(int maxChars) {
    if (text != null) {
      return text.length() > maxChars ? text.substring(0, maxChars) : text;
    }
    CharBuffer out = CharBuffer.allocate(maxChars);
    CharsetDecoder decoder = lenientDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    boolean whole = decoder.decode(in, out, true).isUnderflow();
    if (whole) {
      decoder.flush(out);
    }
    return out.flip().toString();
  }

  /**
   * Whether the text may contain U+0000. False only when the charset is ASCII-compatible and no
   * byte is zero, which a scan of the bytes has already shown; then no one needs to look for it in
   * the text.
   *
   * @return false when the text certainly holds no NUL character
   */
  public boolean mayHoldNul() {
    return mayHoldNul;
  }

  private CharsetDecoder lenientDecoder() {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  @Override
  public String toString() {
    return "DecodedPage[" + (bytes.length - offset) + " bytes, " + encoding + "]";
  }
}
