package org.zhengwen.internal.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the spec-style fixture {@code chrome-lines.tsv}: one chrome kind (or CONTENT) per line. */
class LineRulesTest {

  static Stream<Arguments> fixtures() throws IOException {
    try (InputStream in = LineRulesTest.class.getResourceAsStream("chrome-lines.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", 2))
          .map(f -> Arguments.of(f[0], f[1]))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("fixtures")
  void classifiesLine(String expected, String line) {
    Optional<Verdict> v = LineRules.chrome(line);
    if ("CONTENT".equals(expected)) {
      assertFalse(v.isPresent(), () -> "content taken for chrome: " + v.get());
    } else {
      assertTrue(v.isPresent(), "chrome not recognised");
      assertEquals(expected, v.get().kind().name(), () -> "detail: " + v.get().detail());
      assertFalse(v.get().detail().isBlank(), "every verdict says why");
    }
  }

  @Test
  void longParagraphMentioningAMarkerIsContent() {
    String p = "相关新闻".repeat(2) + "报道称，".repeat(60) + "这是正文。";
    assertFalse(LineRules.chrome(p).isPresent());
  }
}
