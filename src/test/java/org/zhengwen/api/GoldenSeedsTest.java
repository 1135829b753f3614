package org.zhengwen.api;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhengwen.golden.GoldenAssertions;
import org.zhengwen.golden.GoldenCheck;

/**
 * Golden files: every page in {@code seeds/} is extracted and compared field by field with {@code
 * testdata/<seed file name>.json}, using the golden-test kit users get ({@link GoldenCheck}). Run
 * with {@code -Dgolden.update=true} to rewrite the golden files, then read the diff before
 * committing it.
 */
class GoldenSeedsTest {
  private static final Path SEEDS = Paths.get("seeds");
  private static final Path TESTDATA = Paths.get("testdata");
  private static final GoldenCheck GOLDEN = GoldenCheck.standard();

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
    Path golden = TESTDATA.resolve(GoldenCheck.expectedFileName(seed));
    if (Boolean.getBoolean("golden.update")) {
      GOLDEN.updatePage(seed, golden);
      return;
    }
    GoldenAssertions.assertPassed(GOLDEN.checkPage(seed, golden));
  }
}
