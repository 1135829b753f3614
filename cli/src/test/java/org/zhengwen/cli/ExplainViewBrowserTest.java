package org.zhengwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;

/**
 * The explain view rendered in headless Chromium (Debian's {@code chromium}; {@code .ci/run}
 * installs it, and the test is skipped with a message where it is missing): the screenshot is not
 * blank, and the DOM the browser built holds every removed block with its reason.
 */
class ExplainViewBrowserTest {
  private static final Path BENCH = Path.of("../shared/bench/chinese-wced");

  @TempDir Path tmp;

  @Test
  void seed004RendersWithEveryRemovedReason() throws Exception {
    Path browser = chromium();
    check(browser, ExplainViewTest.SEED_004);
  }

  @Test
  void aBenchPageRendersWithEveryRemovedReason() throws Exception {
    Path browser = chromium();
    assumeTrue(Files.isDirectory(BENCH), "skipped: no bench corpus at " + BENCH.toAbsolutePath());
    Optional<Path> page = firstPageWithRemovedBlocks();
    assumeTrue(page.isPresent(), "skipped: no bench page with removed blocks in " + BENCH);
    check(browser, page.get());
  }

  private void check(Path browser, Path page) throws Exception {
    Path html = tmp.resolve("view.html");
    ExplainViewTest.explain(page, html);
    Extracted e =
        (Extracted) Extractor.standard().extract(Files.readAllBytes(page), PageHints.none());

    Document dom = Jsoup.parse(run(browser, "--dump-dom", html.toUri().toString()));
    List<String> shown = dom.select(".removed").eachAttr("data-reason");
    assertEquals(e.removed().stream().map(r -> r.reason().name()).toList(), shown, page.toString());
    List<String> whys = dom.select(".removed .why").eachText();
    for (int i = 0; i < e.removed().size(); i++) {
      assertEquals(
          e.removed().get(i).reason().name() + " — " + e.removed().get(i).detail(), whys.get(i));
    }
    assertTrue(dom.select("script").isEmpty());

    Path png = tmp.resolve("view.png");
    run(browser, "--screenshot=" + png, "--window-size=900,1400", html.toUri().toString());
    assertNotBlank(ImageIO.read(png.toFile()));
  }

  /** Not one colour: at least 1% of the pixels differ from the top-left one, in several colours. */
  private static void assertNotBlank(BufferedImage img) {
    int background = img.getRGB(0, 0);
    long differing = 0;
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y);
        differing += rgb != background ? 1 : 0;
        colours.add(rgb);
      }
    }
    long sampled = (long) ((img.getHeight() + 1) / 2) * ((img.getWidth() + 1) / 2);
    assertTrue(
        differing > sampled / 100, "only " + differing + " of " + sampled + " pixels differ");
    assertTrue(colours.size() > 8, "only " + colours.size() + " colours");
  }

  private String run(Path browser, String... args) throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                browser.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--user-data-dir=" + tmp.resolve("profile")));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(tmp.resolve("chromium.log").toFile()).start();
    p.getOutputStream().close();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
    assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("chromium.log")));
    return out;
  }

  private static Path chromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    assumeTrue(
        false,
        "skipped: no headless Chromium on PATH (apt-get install chromium; .ci/run installs it)");
    throw new IllegalStateException("unreachable");
  }

  private static Optional<Path> firstPageWithRemovedBlocks() throws IOException {
    try (Stream<Path> s = Files.list(BENCH)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        ExtractionResult r = Extractor.standard().extract(p, PageHints.none());
        if (r instanceof Extracted e && !e.removed().isEmpty()) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }
}
