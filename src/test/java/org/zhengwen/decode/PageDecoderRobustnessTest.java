package org.zhengwen.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageDecoderRobustnessTest {
  private static final List<Optional<String>> HEADERS =
      List.of(
          Optional.empty(),
          Optional.of("text/html; charset=gbk"),
          Optional.of("text/html; charset=utf-8"),
          Optional.of("text/html; charset=utf-16"),
          Optional.of("text/html; charset=\u0000\u00ff*"),
          Optional.of("charset="),
          Optional.of("text/html; charset=big5"));

  private static final List<String> PREFIXES =
      List.of(
          "",
          "<meta charset=\"gbk\">",
          "<meta charset=utf-16>",
          "<?xml version=\"1.0\" encoding=\"iso-2022-jp\"?>",
          "<text id=\"u\" encoding=\"big5\">\n",
          "<meta http-equiv=Content-Type content=\"text/html; charset=x-user-defined\">",
          "\u00ef\u00bb\u00bf",
          "\u00ff\u00fe",
          "\u00fe\u00ff",
          "\u00ff\u00fe\u0000\u0000",
          "<meta charset=\"ibm037\">");

  @Test
  void decodeNeverThrowsOnRandomBytes() {
    Random random = new Random(20240501L);
    for (int i = 0; i < 400; i++) {
      byte[] prefix = PREFIXES.get(i % PREFIXES.size()).getBytes(StandardCharsets.ISO_8859_1);
      byte[] bytes = new byte[prefix.length + random.nextInt(i < 40 ? 8 : 6000)];
      random.nextBytes(bytes);
      System.arraycopy(prefix, 0, bytes, 0, prefix.length);
      if (i % 3 == 0) {
        maskToHighBytes(
            bytes, prefix.length); // mostly lead/trail bytes: exercises the multi-byte decoders
      }
      DecodedPage d =
          PageDecoder.standard().decode(bytes, HEADERS.get(i % HEADERS.size()).orElse(null));
      assertNotNull(d.encoding());
      String streamed = drain(d.reader(), 1 + random.nextInt(3000));
      assertEquals(d.text(), streamed, "the stream and the whole text agree");
      assertEquals(d.text().substring(0, Math.min(100, d.text().length())), d.head(100));
      assertEquals(
          d.text(),
          drain(d.reader(), 1 + random.nextInt(3000)),
          "a reader after text() agrees too");
    }
  }

  @Test
  void validUtf8StreamsLikeTheJdkDecoderInAnyPieceSize() {
    Random random = new Random(7L);
    int[] samples = {
      'a', '<', 0xE9, 0x2019, 0x4E2D, 0x3000, 0x1F600, 0x20000, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF
    };
    for (int i = 0; i < 300; i++) {
      StringBuilder sb = new StringBuilder("<meta charset=utf-8>");
      int n = random.nextInt(i < 30 ? 20 : 4000);
      for (int k = 0; k < n; k++) {
        // Long ASCII runs (the eight-byte path) broken by every length of sequence.
        int cp =
            random.nextInt(4) == 0
                ? samples[random.nextInt(samples.length)]
                : 'a' + random.nextInt(26);
        sb.appendCodePoint(cp);
      }
      byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
      DecodedPage d = PageDecoder.standard().decode(bytes);
      assertEquals(sb.toString(), drain(d.reader(), 1 + random.nextInt(i % 2 == 0 ? 3 : 2000)));
    }
  }

  private static String drain(Reader reader, int piece) {
    try (Reader r = reader) {
      StringBuilder out = new StringBuilder();
      char[] buf = new char[piece];
      int n;
      while ((n = r.read(buf, 0, piece)) != -1) {
        assertTrue(n > 0, "a reader never returns 0 for a non-empty request");
        out.append(buf, 0, n);
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void maskToHighBytes(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      b[i] = (byte) (b[i] | 0x80);
    }
  }
}
