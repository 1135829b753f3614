package org.zhengwen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * {@code zhengwen [--explain] [--comments] [--figures] [--threads N] [--output FILE] [--include
 * GLOB] [--exclude GLOB] [--quiet] PATH...}: extracts every page under the paths and writes one
 * JSON object per page per line. Paths may be files, folders (recursed, in name order), gzip files,
 * WARC / WARC.gz archives (see {@link Inputs}) and {@code -} for standard input. A summary line
 * goes to stderr. Exit status 0 when every page was an article, 1 when some were not, 2 on a usage
 * error (found before anything is read or written).
 */
@Command(
    name = "zhengwen",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Extracts the main text of news pages (HTML in any encoding, or page-text dumps) as JSON Lines. "
            + "Reads files, folders, .gz files and WARC / WARC.gz archives.")
public final class Main implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--explain", description = "Add 'removed': every removed block with its reason.")
  boolean explain;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "Write JSON Lines to FILE (UTF-8) instead of stdout; written whole or not at all.")
  @Nullable Path output;

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description =
          "In folders, read only files matching GLOB (the name, or the path below the folder); repeatable.")
  List<String> includes = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "In folders, skip files matching GLOB; repeatable.")
  List<String> excludes = new ArrayList<>();

  @Option(
      names = "--comments",
      description = "Add 'comments' to articles with a comment section: author, date, text.")
  boolean comments;

  @Option(
      names = "--figures",
      description =
          "Keep the captions and credits of the article's figures (<figcaption> of a <figure> with"
              + " an image) as text and as Figure blocks (in --format's files); removed by default.")
  boolean figures;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description =
          "jsonl (default), markdown, text or html: with a format other than jsonl each article is"
              + " also written to a file of its own in --output-dir.")
  ArticleFiles.Format format = ArticleFiles.Format.JSONL;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description = "The folder for --format's files (created if missing).")
  @Nullable Path outputDir;

  /** Reads a format name in any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<ArticleFiles.Format> {
    @Override
    public ArticleFiles.Format convert(String value) {
      return ArticleFiles.Format.parse(value);
    }
  }

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress line (the summary line is still written).")
  boolean quiet;

  // 0..* rather than 1..*: picocli checks a parent's required parameters even when a subcommand
  // runs,
  // which would make `zhengwen golden …` fail; call() reports the missing PATH instead.
  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description =
          "Files, folders (recursed), .gz files, WARC / WARC.gz files; - for one page on standard input.")
  List<Path> paths = new ArrayList<>();

  private int threads = Runtime.getRuntime().availableProcessors();
  private final InputStream stdin;
  private final PrintWriter out;
  private final PrintWriter err;

  /** Records to {@code out}, the summary and messages to stderr. */
  Main(PrintWriter out) {
    this(
        System.in,
        out,
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
  }

  /**
   * Pages named {@code -} from {@code stdin}, records to {@code out}, the summary and messages to
   * {@code err}.
   */
  Main(InputStream stdin, PrintWriter out, PrintWriter err) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
  }

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Extract on N threads (default: available processors); output order does not change.")
  void threads(int n) {
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + n);
    }
    threads = n;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status = run(System.in, out, err, args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command line, writing records to {@code out} and messages to stderr; returns the exit
   * status.
   */
  static int run(PrintWriter out, String... args) {
    CommandLine cl = commandLine(new Main(out));
    cl.setOut(out);
    return cl.execute(args);
  }

  /**
   * Runs the command line, writing records to {@code out} and the summary and messages to {@code
   * err}.
   */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(InputStream.nullInputStream(), out, err, args);
  }

  /** As {@link #run(PrintWriter, PrintWriter, String...)}, with {@code stdin} as standard input. */
  static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = commandLine(new Main(stdin, out, err));
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  /** The configured command line; subcommands are added here with {@code addSubcommand}. */
  static CommandLine commandLine(Main main) {
    CommandLine cl = new CommandLine(main);
    cl.addSubcommand(new GoldenCommand());
    cl.addSubcommand(new ExplainCommand());
    cl.setExitCodeExceptionMapper(e -> 2);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          cl.getErr().println(ex.getMessage());
          cl.usage(cl.getErr());
          return 2;
        });
    return cl;
  }

  @Override
  public Integer call() {
    String problem = usageProblem();
    if (problem != null) {
      err.println(problem);
      if (paths.isEmpty()) {
        spec.commandLine().usage(err);
      }
      err.flush();
      return 2;
    }
    FolderScan scan = new FolderScan(includes, excludes, Optional.ofNullable(output));
    Inputs inputs = Inputs.of(paths, scan, Extractor.DEFAULT_MAX_INPUT_BYTES, stdin);
    if (output == null) {
      return extractAll(inputs, out);
    }
    return OutputFile.write(output, err, sink -> extractAll(inputs, sink));
  }

  /**
   * What is wrong with the command line before any page is read, or null: no path, a path that does
   * not exist, {@code -} twice, or an output file that is one of the inputs (it would be emptied
   * first).
   */
  private @Nullable String usageProblem() {
    if (paths.isEmpty()) {
      return "Missing required parameter: 'PATH'";
    }
    if (paths.stream().filter(p -> p.toString().equals(Inputs.STDIN)).count() > 1) {
      return "standard input (-) can be read only once";
    }
    for (Path p : paths) {
      if (!Inputs.exists(p)) {
        return "no such file or folder: " + p;
      }
    }
    String formatProblem = formatProblem();
    if (formatProblem != null) {
      return formatProblem;
    }
    return output == null ? null : OutputFile.problem(output, paths);
  }

  /** What is wrong with {@code --format} and {@code --output-dir}, or null; makes the folder. */
  private @Nullable String formatProblem() {
    if (format == ArticleFiles.Format.JSONL) {
      return outputDir == null ? null : "--output-dir needs a --format other than jsonl";
    }
    if (outputDir == null) {
      return "--format " + format.name().toLowerCase(Locale.ROOT) + " needs --output-dir";
    }
    try {
      Files.createDirectories(outputDir);
      return null;
    } catch (IOException | RuntimeException e) {
      return "cannot make the output folder " + outputDir + ": " + e.getMessage();
    }
  }

  private int extractAll(Inputs inputs, PrintWriter sink) {
    Summary summary = new Summary();
    Progress progress = new Progress(err, !quiet && Progress.terminal(), inputs.progress());
    Extractor extractor =
        comments || figures
            ? Extractor.builder().comments(comments).figures(figures).build()
            : Extractor.standard();
    ArticleFiles files =
        format == ArticleFiles.Format.JSONL || outputDir == null
            ? null
            : new ArticleFiles(format, outputDir);
    try (BatchRunner runner =
        new BatchRunner(extractor, explain, threads, sink, summary, progress, files)) {
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
