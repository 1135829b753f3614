package org.zhengwen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.zhengwen.golden.GoldenCheck;
import org.zhengwen.golden.GoldenReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhengwen golden check DIR [EXPECTED_DIR]} and {@code zhengwen golden update DIR
 * [EXPECTED_DIR]}: golden tests of a folder of pages from the command line (see {@link
 * GoldenCheck}). {@code check} prints a summary and the field-level diff of every page that differs
 * and exits 1 if any page differs, has no expected file or yields no article; {@code update}
 * rewrites the expected files, lists them, and exits 1 if some page yields no article or cannot be
 * read. Exit status 2 on a usage error or an unreadable folder.
 */
@Command(
    name = "golden",
    mixinStandardHelpOptions = true,
    description =
        "Golden tests: compare pages with their expected Article JSON (<page>.json), or rewrite it.",
    footer = "Expected files are <page file name>.json, in DIR itself or in EXPECTED_DIR.")
public final class GoldenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public GoldenCommand() {}

  /** Without a subcommand: a usage error. */
  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing subcommand: check or update");
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description =
          "Extract every page in DIR and compare it field by field with its expected JSON.")
  int check(@Mixin Folders folders) {
    return run(folders.dir, folders.expectedDir, false);
  }

  @Command(
      name = "update",
      mixinStandardHelpOptions = true,
      description =
          "Rewrite the expected JSON of every page in DIR from the current extraction. Review the diff.")
  int update(@Mixin Folders folders) {
    return run(folders.dir, folders.expectedDir, true);
  }

  /** The folders both subcommands take. */
  static final class Folders {
    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of pages.")
    Path dir = Path.of("");

    @Parameters(
        index = "1",
        arity = "0..1",
        paramLabel = "EXPECTED_DIR",
        description = "Folder of expected <page>.json files (default: DIR).")
    @Nullable Path expectedDir;
  }

  private int run(Path dir, @Nullable Path expectedDir, boolean update) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path expected = expectedDir != null ? expectedDir : dir;
    if (!Files.isDirectory(dir)) {
      err.println("not a folder: " + dir);
      err.flush();
      return 2;
    }
    try {
      GoldenCheck golden = GoldenCheck.standard();
      GoldenReport report = update ? golden.update(dir, expected) : golden.check(dir, expected);
      out.println(update ? report.formatUpdate() : report.format());
      if (!update && !report.passed() && !report.entries().isEmpty()) {
        out.println(
            "To accept the current output: zhengwen golden update "
                + dir
                + (expectedDir != null ? " " + expectedDir : ""));
      }
      out.flush();
      if (update) {
        // Pages that yield no article, or cannot be read, have no file to write: that needs a look.
        return !report.entries().isEmpty()
                && report.entries().stream()
                    .noneMatch(
                        e ->
                            e.status() == GoldenReport.Status.REJECTED
                                || e.status() == GoldenReport.Status.ERROR)
            ? 0
            : 1;
      }
      return report.passed() ? 0 : 1;
    } catch (IOException e) {
      err.println("cannot read or write the golden files: " + e);
      err.flush();
      return 2;
    }
  }
}
