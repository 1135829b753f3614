package org.zhengwen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.zhengwen.decode.PageDecoder;

/**
 * Benchmark corpora on disk: folders of {@code <id>.html} (raw bytes) and {@code <id>.json}
 * ({@code {"id","dataset","url","lang","title","body"}}). A page may instead be given as
 * {@code <id>.txt}: a page-text dump (UTF-8, the visible text of a page, chrome included), which is
 * extracted as text, not HTML.
 */
public final class Corpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Corpus() {}

  /**
   * One page's files and its reference.
   *
   * @param page the page file: {@code <id>.html}, or {@code <id>.txt} for a text dump
   * @param textDump whether {@code page} is a page-text dump rather than HTML
   * @param dataset the JSON's {@code dataset}; for a text dump, the folder's name, so dumps are
   *     reported apart from the HTML pages they were made from
   * @param title the reference title; empty when the JSON's is null or blank (magic-html has no
   *     title annotation and gives {@code ""})
   */
  public record Entry(Path page, boolean textDump, String id, String dataset, String url, String lang,
      Optional<String> title, String body) {}

  /**
   * The default corpus root: {@code <repo>/../shared/bench}. The repo root is the {@code zw.repo}
   * system property if set, else the nearest folder at or above the working directory holding both
   * {@code pom.xml} and {@code bench/pom.xml}, else the working directory's parent when it is
   * {@code bench/} itself.
   */
  public static Path defaultRoot() {
    String prop = System.getProperty("zw.repo");
    if (prop != null && !prop.isBlank()) {
      return Paths.get(prop).toAbsolutePath().normalize().resolve("../shared/bench").normalize();
    }
    Path dir = Paths.get("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isRegularFile(d.resolve("bench/pom.xml"))) {
        return d.resolve("../shared/bench").normalize();
      }
    }
    return dir.resolve("../shared/bench").normalize();
  }

  /**
   * Expands the folders given: a folder with {@code .json} files is a corpus; one without is taken
   * as a root whose subfolders (sorted) are the corpora.
   */
  public static List<Path> corpusFolders(List<Path> given) throws IOException {
    List<Path> in = given.isEmpty() ? List.of(defaultRoot()) : given;
    List<Path> out = new ArrayList<>();
    for (Path p : in) {
      if (!Files.isDirectory(p)) {
        throw new IOException("not a folder: " + p.toAbsolutePath());
      }
      if (hasJson(p)) {
        out.add(p);
        continue;
      }
      try (Stream<Path> s = Files.list(p)) {
        s.filter(Files::isDirectory).filter(Corpus::hasJson).sorted().forEach(out::add);
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no corpus folders (with <id>.json files) in " + in);
    }
    return out;
  }

  /**
   * The pages of one corpus folder, sorted by id. A JSON file pairs with {@code <stem>.html}, else
   * with {@code <stem>.txt} (a text dump); one with neither is skipped with a warning.
   */
  public static List<Entry> entries(Path folder) throws IOException {
    List<Path> jsons;
    try (Stream<Path> s = Files.list(folder)) {
      jsons = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    List<Entry> out = new ArrayList<>();
    for (Path j : jsons) {
      String name = j.getFileName().toString();
      String stem = name.substring(0, name.length() - ".json".length());
      Path page = folder.resolve(stem + ".html");
      boolean textDump = false;
      if (!Files.isRegularFile(page)) {
        page = folder.resolve(stem + ".txt");
        textDump = true;
      }
      if (!Files.isRegularFile(page)) {
        System.err.println("warning: no " + stem + ".html or " + stem + ".txt for " + j);
        continue;
      }
      JsonNode n = JSON.readTree(j.toFile());
      String dataset = textDump ? null : text(n, "dataset");
      out.add(new Entry(page, textDump, Optional.ofNullable(text(n, "id")).orElse(stem),
          dataset != null ? dataset : folder.getFileName().toString(), text(n, "url"),
          Optional.ofNullable(text(n, "lang")).orElse("und"), Optional.ofNullable(text(n, "title")).filter(t -> !t.isBlank()),
          Optional.ofNullable(text(n, "body")).orElse("")));
    }
    return out;
  }

  /** The HTML pages of one corpus folder (text dumps left out), for the speed benchmarks of HTML extraction. */
  public static List<Entry> htmlEntries(Path folder) throws IOException {
    return entries(folder).stream().filter(e -> !e.textDump()).toList();
  }

  /**
   * Reads the page bytes and decodes them once with zhengwen's decoder (no Content-Type known); a
   * text dump is read as UTF-8, as its maker wrote it.
   */
  public static Peer.Page load(Entry e) {
    try {
      byte[] bytes = Files.readAllBytes(e.page());
      String decoded = e.textDump() ? new String(bytes, StandardCharsets.UTF_8)
          : PageDecoder.standard().decode(bytes).text();
      return new Peer.Page(e.id(), e.dataset(), e.url(), bytes, decoded, e.textDump());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static boolean hasJson(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> p.getFileName().toString().endsWith(".json"));
    } catch (IOException e) {
      return false;
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
