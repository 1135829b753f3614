package org.zhengwen.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.zhengwen.Extractor;
import org.zhengwen.InputKind;
import org.zhengwen.PageHints;

/**
 * Fuzzes full extraction through the public API: bytes (with a hinted input kind and header) and
 * already-decoded text. The API must return a result for any input, never throw, and every result
 * must satisfy {@link ResultInvariants}.
 *
 * <p>A plain {@code mvn test} replays the committed inputs in {@code
 * src/test/resources/org/zhengwen/fuzz/ExtractFuzzTestInputs/<method>/}; to fuzz one target, run
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='ExtractFuzzTest#extractBytes' -Djazzer.max_duration=15m}.
 */
class ExtractFuzzTest {
  private static final Extractor EXTRACTOR = Extractor.builder().maxInputBytes(4 << 20).build();
  private static final InputKind[] KINDS = InputKind.values();

  @FuzzTest(maxDuration = "10m")
  void extractBytes(FuzzedDataProvider data) {
    PageHints hints = hints(data);
    int header = data.consumeInt(0, DecodeFuzzTest.HEADERS.size());
    if (header < DecodeFuzzTest.HEADERS.size()) {
      hints = hints.withContentType(DecodeFuzzTest.HEADERS.get(header));
    }
    byte[] page = data.consumeRemainingAsBytes();
    ResultInvariants.check(EXTRACTOR.extract(page, hints));
  }

  @FuzzTest(maxDuration = "10m")
  void extractText(FuzzedDataProvider data) {
    PageHints hints = hints(data);
    String text = data.consumeRemainingAsString();
    ResultInvariants.check(EXTRACTOR.extractText(text, hints));
  }

  /**
   * An input kind (HTML, TEXT or AUTO) and sometimes a URL, both taken from the end of the input.
   */
  private static PageHints hints(FuzzedDataProvider data) {
    PageHints hints = PageHints.none().withKind(KINDS[data.consumeInt(0, KINDS.length - 1)]);
    return data.consumeBoolean() ? hints.withUrl("https://news.example.cn/a/1.html") : hints;
  }
}
