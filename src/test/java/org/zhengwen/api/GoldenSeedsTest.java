package org.zhengwen.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extracted;
import org.zhengwen.Zhengwen;
import org.zhengwen.json.ArticleJson;
import org.zhengwen.json.FieldDiff;

/**
 * Golden files: every page in {@code seeds/} is extracted and compared field by field with
 * {@code testdata/<seed file name>.json}. Run with {@code -Dgolden.update=true} to rewrite the golden
 * files, then read the diff before committing it.
 */
class GoldenSeedsTest {
  private static final Path SEEDS = Paths.get("seeds");
  private static final Path TESTDATA = Paths.get("testdata");

  static Stream<Path> seeds() throws IOException {
    try (Stream<Path> s = Files.list(SEEDS)) {
      List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
      assertFalse(files.isEmpty(), "no seed pages in " + SEEDS.toAbsolutePath());
      return files.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void seedMatchesGoldenFile(Path seed) throws IOException {
    ExtractionResult result = Zhengwen.extract(seed);
    Extracted extracted = assertInstanceOf(Extracted.class, result, () -> "no article from " + seed + ": " + result);
    JsonNode actual = ArticleJson.toNode(extracted.article());
    Path golden = TESTDATA.resolve(seed.getFileName() + ".json");

    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, ArticleJson.toPrettyString(actual), StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail("missing golden file " + golden + "; run the tests with -Dgolden.update=true and review it");
    }
    JsonNode expected = ArticleJson.parse(Files.readString(golden, StandardCharsets.UTF_8));
    List<String> diff = FieldDiff.diff(expected, actual);
    if (!diff.isEmpty()) {
      fail(seed.getFileName() + " differs from " + golden + ":\n  " + String.join("\n  ", diff));
    }
    assertEquals(expected, actual);
  }
}
