package org.zhengwen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengwen.json.ArticleJson;

/** Runs the command line in-process and keeps what it wrote to stdout and stderr. */
final class Cli {
  private static final Pattern COUNT = Pattern.compile("([a-z/-]+)=([0-9.]+)");

  /** One run: exit status, the JSON lines, stderr text. */
  record Run(int status, List<JsonNode> lines, List<String> rawLines, String err) {
    /**
     * The numbers of the summary line (its last line on stderr), by name: pages, ok, error,
     * requests, …
     */
    Map<String, String> summary() {
      List<String> errLines = err.lines().toList();
      Matcher m = COUNT.matcher(errLines.get(errLines.size() - 1));
      Map<String, String> counts = new LinkedHashMap<>();
      while (m.find()) {
        counts.put(m.group(1), m.group(2));
      }
      return counts;
    }

    long count(String name) {
      return Long.parseLong(summary().get(name));
    }
  }

  private Cli() {}

  static Run run(String... args) {
    return runWithStdin(new byte[0], args);
  }

  /** A run with {@code stdin} as standard input. */
  static Run runWithStdin(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Main.run(new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err), args);
    List<String> raw = out.toString().lines().toList();
    return new Run(status, raw.stream().map(ArticleJson::parse).toList(), raw, err.toString());
  }
}
