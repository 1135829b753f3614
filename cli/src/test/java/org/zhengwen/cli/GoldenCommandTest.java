package org.zhengwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code golden check|update} on the project's seeds and on an edited copy of their expected files.
 */
class GoldenCommandTest {
  @TempDir Path tmp;

  private record Run(int status, String out, String err) {}

  private static Run golden(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        new CommandLine(new GoldenCommand())
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void checkPassesOnTheProjectSeeds() {
    Run r = golden("check", "seeds", "testdata");
    assertEquals(0, r.status(), r.out() + r.err());
    assertTrue(r.out().contains("5 of 5 pages match"), r.out());
  }

  @Test
  void checkFailsWithTheFieldDiffAndUpdateRewrites() throws IOException {
    Path pages = tmp.resolve("pages");
    Path expected = tmp.resolve("expected");
    copy(Path.of("seeds"), pages);
    copy(Path.of("testdata"), expected);
    Path edited = expected.resolve("002_29e55f450c19d4d5.txt.json");
    String original = Files.readString(edited, StandardCharsets.UTF_8);
    Files.writeString(
        edited,
        original.replace("\"language\" : \"zh-Hans\"", "\"language\" : \"en\""),
        StandardCharsets.UTF_8);

    Run check = golden("check", pages.toString(), expected.toString());
    assertEquals(1, check.status(), check.out());
    assertTrue(
        check.out().contains("DIFFERS " + pages.resolve("002_29e55f450c19d4d5.txt")), check.out());
    assertTrue(
        check.out().contains("language:\n") && check.out().contains("expected: \"en\""),
        check.out());
    assertTrue(check.out().contains("actual:   \"zh-Hans\""), check.out());

    Run update = golden("update", pages.toString(), expected.toString());
    assertEquals(0, update.status(), update.out());
    assertTrue(update.out().contains("wrote " + edited + " (changed)"), update.out());
    assertTrue(
        update.out().startsWith("golden update: wrote 1 file, 4 already up to date"),
        "no failure headline: " + update.out());
    assertEquals(original, Files.readString(edited, StandardCharsets.UTF_8));
    assertEquals(0, golden("check", pages.toString(), expected.toString()).status());
  }

  @Test
  void usageErrors() {
    assertEquals(2, golden().status(), "no subcommand");
    assertEquals(2, golden("check").status(), "no folder");
    Run missing = golden("check", tmp.resolve("nope").toString());
    assertEquals(2, missing.status());
    assertTrue(missing.err().contains("not a folder"), missing.err());
  }

  /**
   * A stand-in for {@code Main} (being reworked): a top command taking PATHs. picocli checks a
   * parent's required parameters even when a subcommand is named, so PATH is {@code 0..*} and
   * checked in call().
   */
  @CommandLine.Command(name = "zhengwen")
  static final class TopCommand implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(arity = "0..*", paramLabel = "PATH")
    java.util.List<Path> paths = new java.util.ArrayList<>();

    @Override
    public Integer call() {
      if (paths.isEmpty()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "Missing required parameter: 'PATH'");
      }
      return 42;
    }
  }

  @Test
  void worksAsASubcommandOfACommandWithRequiredPaths() {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new TopCommand());
    cl.addSubcommand(new GoldenCommand());
    cl.setOut(new PrintWriter(out, true));
    assertEquals(0, cl.execute("golden", "check", "seeds", "testdata"), out.toString());
    assertTrue(out.toString().contains("5 of 5 pages match"), out.toString());
    assertEquals(42, cl.execute("seeds"), "the top command still takes paths");
    assertEquals(2, cl.execute(), "and still requires one");
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (var s = Files.list(from)) {
      for (Path p : s.toList()) {
        Files.copy(p, to.resolve(p.getFileName()));
      }
    }
  }
}
