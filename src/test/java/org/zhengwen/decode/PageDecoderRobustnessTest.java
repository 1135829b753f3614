package org.zhengwen.decode;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageDecoderRobustnessTest {
  private static final List<Optional<String>> HEADERS = List.of(Optional.empty(),
      Optional.of("text/html; charset=gbk"), Optional.of("text/html; charset=utf-8"),
      Optional.of("text/html; charset=utf-16"), Optional.of("text/html; charset=\u0000\u00ff*"),
      Optional.of("charset="), Optional.of("text/html; charset=big5"));

  private static final List<String> PREFIXES = List.of("", "<meta charset=\"gbk\">", "<meta charset=utf-16>",
      "<?xml version=\"1.0\" encoding=\"iso-2022-jp\"?>", "<text id=\"u\" encoding=\"big5\">\n",
      "<meta http-equiv=Content-Type content=\"text/html; charset=x-user-defined\">", "\u00ef\u00bb\u00bf",
      "\u00ff\u00fe", "\u00fe\u00ff", "\u00ff\u00fe\u0000\u0000", "<meta charset=\"ibm037\">");

  @Test
  void decodeNeverThrowsOnRandomBytes() {
    Random random = new Random(20240501L);
    for (int i = 0; i < 400; i++) {
      byte[] prefix = PREFIXES.get(i % PREFIXES.size()).getBytes(StandardCharsets.ISO_8859_1);
      byte[] bytes = new byte[prefix.length + random.nextInt(i < 40 ? 8 : 6000)];
      random.nextBytes(bytes);
      System.arraycopy(prefix, 0, bytes, 0, prefix.length);
      if (i % 3 == 0) {
        maskToHighBytes(bytes, prefix.length); // mostly lead/trail bytes: exercises the multi-byte decoders
      }
      DecodedPage d = PageDecoder.standard().decode(bytes, HEADERS.get(i % HEADERS.size()));
      assertNotNull(d.text());
      assertNotNull(d.encoding());
    }
  }

  private static void maskToHighBytes(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      b[i] = (byte) (b[i] | 0x80);
    }
  }
}
