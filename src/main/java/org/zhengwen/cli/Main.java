package org.zhengwen.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.zhengwen.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhengwen [--explain] [--threads N] [--output FILE] PATH...}: extracts every page under the paths
 * and writes one JSON object per page per line. Paths may be files, folders (recursed, in name order),
 * gzip files and WARC / WARC.gz archives (see {@link Inputs}). A summary line goes to stderr. Exit status
 * 0 when every page was an article, 1 when some were not, 2 on a usage error.
 */
@Command(name = "zhengwen", mixinStandardHelpOptions = true, version = "zhengwen 0.1.0",
    description = "Extracts the main text of news pages (HTML in any encoding, or page-text dumps) as JSON Lines. "
        + "Reads files, folders, .gz files and WARC / WARC.gz archives.")
public final class Main implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--explain", description = "Add 'removed': every removed block with its reason.")
  boolean explain;

  @Option(names = "--output", paramLabel = "FILE", description = "Write JSON Lines to FILE (UTF-8) instead of stdout.")
  @Nullable Path output;

  // 0..* rather than 1..*: picocli checks a parent's required parameters even when a subcommand runs,
  // which would make `zhengwen golden …` fail; call() reports the missing PATH instead.
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, folders (recursed), .gz files, WARC / WARC.gz files.")
  List<Path> paths = new ArrayList<>();

  private int threads = Runtime.getRuntime().availableProcessors();
  private final PrintWriter out;
  private final PrintWriter err;

  /** Records to {@code out}, the summary and messages to stderr. */
  Main(PrintWriter out) {
    this(out, new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
  }

  /** Records to {@code out}, the summary and messages to {@code err}. */
  Main(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Option(names = "--threads", paramLabel = "N",
      description = "Extract on N threads (default: available processors); output order does not change.")
  void threads(int n) {
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + n);
    }
    threads = n;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs the command line, writing records to {@code out} and messages to stderr; returns the exit status. */
  static int run(PrintWriter out, String... args) {
    CommandLine cl = commandLine(new Main(out));
    cl.setOut(out);
    return cl.execute(args);
  }

  /** Runs the command line, writing records to {@code out} and the summary and messages to {@code err}. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = commandLine(new Main(out, err));
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  /** The configured command line; subcommands are added here with {@code addSubcommand}. */
  static CommandLine commandLine(Main main) {
    CommandLine cl = new CommandLine(main);
    cl.addSubcommand(new GoldenCommand());
    cl.setExitCodeExceptionMapper(e -> 2);
    cl.setParameterExceptionHandler((ex, a) -> {
      cl.getErr().println(ex.getMessage());
      cl.usage(cl.getErr());
      return 2;
    });
    return cl;
  }

  @Override
  public Integer call() {
    if (paths.isEmpty()) {
      err.println("Missing required parameter: 'PATH'");
      spec.commandLine().usage(err);
      return 2;
    }
    if (output == null) {
      return extractAll(out);
    }
    PrintWriter file;
    try {
      file = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      err.println("cannot write " + output + ": " + e);
      return 2;
    }
    try (file) {
      return extractAll(file);
    }
  }

  private int extractAll(PrintWriter sink) {
    Inputs inputs = Inputs.of(paths, Extractor.DEFAULT_MAX_INPUT_BYTES);
    Summary summary = new Summary();
    Progress progress = new Progress(err, Progress.terminal(), inputs.progress());
    try (BatchRunner runner = new BatchRunner(Extractor.standard(), explain, threads, sink, summary, progress)) {
      inputs.readAll(runner);
      runner.finish();
    }
    progress.clear();
    err.println(summary.line());
    // PrintWriter keeps write errors (a full disk, a closed pipe) to itself until asked.
    boolean writeFailed = sink.checkError();
    if (writeFailed) {
      err.println("error: could not write all output lines");
    }
    err.flush();
    return summary.errors() == 0 && !writeFailed ? 0 : 1;
  }
}
