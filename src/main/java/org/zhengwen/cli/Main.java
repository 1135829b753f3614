package org.zhengwen.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;
import org.zhengwen.json.ArticleJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhengwen [--explain] PATH...}: extracts every file named (folders recursed, in name order)
 * and writes one JSON object per input per line to stdout. Exit status 0 when every input was an
 * article, 1 when some were not, 2 on a usage error.
 */
@Command(name = "zhengwen", mixinStandardHelpOptions = true, version = "zhengwen 0.1.0",
    description = "Extracts the main text of news pages (HTML in any encoding, or page-text dumps) as JSON Lines.")
public final class Main implements Callable<Integer> {
  @Option(names = "--explain", description = "Add 'removed': every removed block with its reason.")
  boolean explain;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (recursed).")
  List<Path> paths = new ArrayList<>();

  private final PrintWriter out;

  Main(PrintWriter out) {
    this.out = out;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    int status = run(out, args);
    out.flush();
    System.exit(status);
  }

  /** Runs the command line, writing records to {@code out}; returns the exit status. */
  static int run(PrintWriter out, String... args) {
    CommandLine cl = new CommandLine(new Main(out));
    cl.setExitCodeExceptionMapper(e -> 2);
    cl.setParameterExceptionHandler((ex, a) -> {
      cl.getErr().println(ex.getMessage());
      cl.usage(cl.getErr());
      return 2;
    });
    return cl.execute(args);
  }

  @Override
  public Integer call() {
    Extractor extractor = Extractor.standard();
    int failures = 0;
    for (Path root : paths) {
      for (Path file : files(root)) {
        if (!emit(extractor, file)) {
          failures++;
        }
      }
    }
    out.flush();
    return failures == 0 ? 0 : 1;
  }

  private boolean emit(Extractor extractor, Path file) {
    String input = file.toString();
    try {
      ExtractionResult result = extractor.extract(file, PageHints.none());
      out.println(ArticleJson.toLine(ArticleJson.toNode(input, result, explain)));
      return result.isArticle();
    } catch (IOException | UncheckedIOException e) {
      out.println(ArticleJson.toLine(ArticleJson.errorNode(input, "IO_ERROR", "cannot read: " + e.getMessage())));
      return false;
    }
  }

  /** The file itself, or every regular file below a folder in name order; a missing path is kept so it yields an error line. */
  private static List<Path> files(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      return List.of(root);
    }
  }
}
