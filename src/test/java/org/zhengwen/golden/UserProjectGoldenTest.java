package org.zhengwen.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengwen.json.ArticleJson;

/**
 * A user's Maven project, made from a template (a pom with the installed library snapshot, three
 * pages, no expected files), driven through the README's loop with real {@code mvn -o test} runs:
 * red, green with {@code -Dgolden.update=true}, green, then red with a one-line diff after one
 * expected paragraph is deleted.
 *
 * <p>It needs the library installed in the local repository ({@code mvn install}), so it runs only
 * with {@code -Dzw.userProjectTest=true}, which {@code .ci/run} passes after its install step;
 * otherwise it is skipped with a message.
 */
class UserProjectGoldenTest {
  private static final String TEMPLATE = "/org/zhengwen/golden/user-project/";

  /** The version this build installs (passed by Surefire from the pom). */
  private static final String VERSION = System.getProperty("zw.version", "unknown");

  private static final List<String> PAGES =
      List.of("000_80aec37026caf1fe.txt", "002_29e55f450c19d4d5.txt", "004_e3e6cc0eb7aaefdc.txt");

  @TempDir Path project;

  private record Mvn(int status, String output) {}

  @Test
  void redThenGreenWithUpdateThenRedWithAOneLineDiff() throws Exception {
    assumeTrue(
        Boolean.getBoolean("zw.userProjectTest"),
        "skipped: needs the library installed (mvn install); .ci/run runs it with -Dzw.userProjectTest=true");
    Path installed =
        Path.of(
            System.getProperty("user.home"),
            ".m2/repository/org/zhengwen/zhengwen",
            VERSION,
            "zhengwen-" + VERSION + ".jar");
    assumeTrue(
        Files.exists(installed), "skipped: the library snapshot is not installed at " + installed);
    makeProject();

    Mvn red = mvn();
    assertNotEquals(0, red.status(), red.output());
    assertTrue(red.output().contains("MISSING_EXPECTED"), red.output());
    assertTrue(
        red.output().contains("-Dgolden.update=true"),
        "the failure says how to accept: " + red.output());

    Mvn update = mvn("-Dgolden.update=true");
    assertEquals(0, update.status(), update.output());
    assertTrue(update.output().contains("golden update: wrote 3 files"), update.output());
    assertEquals(3, expectedFiles().size());
    assertEquals(0, mvn().status(), "green on the next plain run");

    Path edited = project.resolve("src/test/expected/" + PAGES.get(2) + ".json");
    ObjectNode json =
        (ObjectNode) ArticleJson.parse(Files.readString(edited, StandardCharsets.UTF_8));
    String deleted = ((ArrayNode) json.get("paragraphs")).remove(3).asText();
    Files.writeString(edited, ArticleJson.toPrettyString(json), StandardCharsets.UTF_8);
    Mvn changed = mvn();
    assertNotEquals(0, changed.status(), changed.output());
    List<String> diff = diffOf(changed.output());
    assertEquals(
        List.of(
            "DIFFERS src/test/pages/"
                + PAGES.get(2)
                + " vs src/test/expected/"
                + PAGES.get(2)
                + ".json",
            "  paragraphs (expected 12 items, got 13):",
            "      + [3] " + deleted),
        diff,
        changed.output());
  }

  private void makeProject() throws IOException {
    String pom =
        resource("pom.xml.template")
            .replace("@ZHENGWEN_VERSION@", VERSION)
            .replace(
                "@JACKSON_VERSION@",
                com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
            .replace(
                "@JUNIT_VERSION@",
                org.junit.jupiter.api.Test.class.getPackage().getImplementationVersion());
    Files.writeString(project.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
    Path tests = Files.createDirectories(project.resolve("src/test/java"));
    Files.writeString(
        tests.resolve("MyPagesTest.java"),
        resource("MyPagesTest.java.template"),
        StandardCharsets.UTF_8);
    Path pages = Files.createDirectories(project.resolve("src/test/pages"));
    for (String page : PAGES) {
      Files.copy(Path.of("seeds", page), pages.resolve(page));
    }
  }

  /**
   * The report lines of the failing test's message, from the DIFFERS line up to the update hint.
   */
  private static List<String> diffOf(String output) {
    List<String> lines = output.lines().toList();
    int start = -1;
    for (int i = 0; i < lines.size() && start < 0; i++) {
      start = lines.get(i).startsWith("DIFFERS ") ? i : -1;
    }
    assertTrue(start >= 0, "a DIFFERS line: " + output);
    List<String> out = new ArrayList<>();
    for (int i = start; i < lines.size() && !lines.get(i).startsWith("To accept"); i++) {
      out.add(lines.get(i));
    }
    return out;
  }

  private List<Path> expectedFiles() throws IOException {
    try (Stream<Path> s = Files.list(project.resolve("src/test/expected"))) {
      return s.toList();
    }
  }

  private Mvn mvn(String... extra) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("mvn", "-o", "-B", "-ntp", "test"));
    cmd.addAll(List.of(extra));
    Process p =
        new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "mvn finished");
    return new Mvn(p.exitValue(), out);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = UserProjectGoldenTest.class.getResourceAsStream(TEMPLATE + name)) {
      if (in == null) {
        throw new IOException("missing template resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
