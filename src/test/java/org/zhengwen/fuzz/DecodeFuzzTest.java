package org.zhengwen.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.zhengwen.decode.PageDecoder;

/**
 * Fuzzes {@link PageDecoder#decode}: any bytes with any {@code Content-Type} header must decode
 * without throwing, to text that does not start with a byte-order mark.
 *
 * <p>A plain {@code mvn test} replays the committed inputs in {@code
 * src/test/resources/org/zhengwen/fuzz/DecodeFuzzTestInputs/decode/}; to fuzz, run {@code
 * JAZZER_FUZZ=1 mvn test -Dtest=DecodeFuzzTest -Djazzer.max_duration=15m}.
 */
class DecodeFuzzTest {
  /** Realistic and odd headers; the fuzzer may also write its own. */
  static final List<String> HEADERS =
      List.of(
          "text/html",
          "text/html; charset=utf-8",
          "text/html; charset=gbk",
          "text/html; charset=gb2312",
          "text/html; charset=big5",
          "text/html; charset=shift_jis",
          "text/html; charset=utf-16",
          "text/html; charset=utf-16le",
          "text/html; charset=iso-2022-jp",
          "text/html; charset=x-no-such-charset",
          "text/html; charset=",
          "text/html; charset=\"utf-8",
          "text/plain; charset=windows-1252",
          ";;;charset=utf-32",
          "text/html; charset=UTF-7",
          "text/html; charset=hz-gb-2312");

  @FuzzTest(maxDuration = "10m")
  void decode(FuzzedDataProvider data) {
    // Choices are taken from the end of the input, so a committed page keeps its bytes at the
    // front.
    int pick = data.consumeInt(0, HEADERS.size() + 1);
    String header;
    if (pick < HEADERS.size()) {
      header = HEADERS.get(pick);
    } else if (pick == HEADERS.size()) {
      header = data.consumeString(80);
    } else {
      header = null;
    }
    byte[] bytes = data.consumeRemainingAsBytes();
    ResultInvariants.check(PageDecoder.standard().decode(bytes, header));
  }
}
