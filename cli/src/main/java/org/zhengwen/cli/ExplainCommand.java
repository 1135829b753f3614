package org.zhengwen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhengwen explain PAGE [--output FILE]}: writes the explain view of one page (see {@link
 * ExplainView}) as one self-contained HTML file, by default {@code <page file name>.explain.html}
 * in the current folder. Exit status 0 when the page gave an article, 1 when it did not (the view
 * then shows why), 2 on a usage error.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Write an HTML view of one page: blocks in reading order, removed ones dimmed with their reason.")
public final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "PAGE",
      description = "The page file (HTML or a page-text dump).")
  Path page = Path.of("");

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Where to write the view (default: <page file name>.explain.html in the current folder).")
  @Nullable Path output;

  /** Creates the command; picocli calls this. */
  public ExplainCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path target = output != null ? output : Path.of(page.getFileName() + ".explain.html");
    String problem =
        !Files.isRegularFile(page)
            ? "not a file: " + page
            : OutputFile.problem(target, List.of(page));
    if (problem != null) {
      err.println(problem);
      err.flush();
      return 2;
    }
    byte[] bytes;
    ExtractionResult result;
    try {
      // An oversized page is not read: the extractor rejects it from its size, and the view says
      // so.
      boolean tooLarge = Files.size(page) > Extractor.DEFAULT_MAX_INPUT_BYTES;
      bytes = tooLarge ? new byte[0] : Files.readAllBytes(page);
      result =
          tooLarge
              ? Extractor.standard().extract(page, PageHints.none())
              : Extractor.standard().extract(bytes, PageHints.none());
    } catch (IOException e) {
      err.println("cannot read " + page + ": " + e);
      err.flush();
      return 2;
    }
    String html = ExplainView.render(page.toString(), bytes, result);
    int status =
        OutputFile.write(
            target,
            err,
            w -> {
              w.print(html);
              return w.checkError() ? 2 : 0;
            });
    err.println(status == 0 ? "wrote " + target : "could not write " + target);
    err.flush();
    return status != 0 ? status : result.isArticle() ? 0 : 1;
  }
}
