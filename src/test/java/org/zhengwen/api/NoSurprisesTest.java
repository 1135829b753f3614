package org.zhengwen.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;
import org.zhengwen.fuzz.ResultInvariants;

/** No network, no shared state between threads, no printing or exiting from library code. */
class NoSurprisesTest {
  private static final Path FUZZ_PAGES =
      Paths.get("src/test/resources/org/zhengwen/fuzz/ExtractFuzzTestInputs/extractBytes");

  @Test
  void noNetworkAccess() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String here = "http://127.0.0.1:" + server.getLocalPort();
      String page =
          """
          <!DOCTYPE html><html><head><meta charset="utf-8">
          <base href="HERE/base/">
          <title>市图书馆新馆今日正式开放</title>
          <link rel="stylesheet" href="HERE/site.css"><link rel="stylesheet" href="http://127.0.0.1:1/site.css">
          <link rel="canonical" href="HERE/article.html"><link rel="preload" href="HERE/font.woff2">
          <meta http-equiv="refresh" content="0; url=HERE/refresh">
          <script src="HERE/app.js"></script>
          <style>@import url("HERE/import.css"); body { background: url(HERE/bg.png) }</style>
          </head><body>
          <iframe src="HERE/frame.html"></iframe><iframe src="http://127.0.0.1:1/frame.html"></iframe>
          <h1>市图书馆新馆今日正式开放</h1>
          <img src="HERE/photo.jpg" srcset="HERE/photo-2x.jpg 2x"><img src="http://127.0.0.1:1/photo.jpg">
          <object data="HERE/movie.swf"></object><embed src="HERE/embed.swf"><video src="HERE/v.mp4" poster="HERE/p.jpg"></video>
          <p>PARA1</p><p>PARA2</p><p>PARA3</p>
          <svg><image href="HERE/svg.png"/></svg>
          <script type="application/ld+json">{"@context":"HERE/context.jsonld","@type":"NewsArticle","image":"HERE/ld.png"}</script>
          </body></html>
          """
              .replace("HERE", here)
              .replace("PARA1", HostilePages.P1)
              .replace("PARA2", HostilePages.P2)
              .replace("PARA3", HostilePages.P3);
      byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
      ExtractionResult r =
          ResultInvariants.check(
              Extractor.standard().extract(bytes, PageHints.none().withUrl(here + "/page.html")));
      assertTrue(r.isArticle(), r::toString);
      ResultInvariants.check(Extractor.standard().extractText(page, PageHints.none()));

      // Anything the library tried to fetch would be waiting in the listen backlog by now.
      server.setSoTimeout(300);
      try (Socket s = server.accept()) {
        InputStream in = s.getInputStream();
        byte[] head = in.readNBytes(200);
        fail("the library opened a connection: " + new String(head, StandardCharsets.ISO_8859_1));
      } catch (SocketTimeoutException expected) {
        // no connection arrived
      }
    }
  }

  @Test
  void oneExtractorSharedByEightThreadsGivesTheSequentialResults() throws Exception {
    List<byte[]> pages = new ArrayList<>();
    for (Path dir : List.of(Paths.get("seeds"), FUZZ_PAGES)) {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.sorted().toList()) {
          pages.add(Files.readAllBytes(p));
        }
      }
    }
    pages.add(HostilePages.html("utf-8").getBytes(StandardCharsets.UTF_8));
    pages.add(HostilePages.html("gbk").getBytes("GBK"));
    pages.add("404 Not Found\nnginx\n".getBytes(StandardCharsets.UTF_8));
    pages.add(new byte[0]);
    assertTrue(pages.size() >= 15);

    Extractor shared = Extractor.builder().build();
    List<ExtractionResult> sequential = new ArrayList<>();
    for (byte[] p : pages) {
      sequential.add(ResultInvariants.check(shared.extract(p, PageHints.none())));
    }
    assertTrue(sequential.stream().filter(ExtractionResult::isArticle).count() >= 10);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        long seed = t;
        futures.add(
            pool.submit(
                () -> {
                  List<Integer> order = new ArrayList<>();
                  for (int round = 0; round < 3; round++) {
                    for (int i = 0; i < pages.size(); i++) {
                      order.add(i);
                    }
                  }
                  Collections.shuffle(order, new Random(seed));
                  for (int i : order) {
                    ExtractionResult r = shared.extract(pages.get(i), PageHints.none());
                    assertEquals(
                        sequential.get(i), r, "page " + i + " differs when extracted concurrently");
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    // Results are values: equal results for equal pages, independent of the thread.
    assertEquals(sequential.get(0), shared.extract(pages.get(0), PageHints.none()));
    assertTrue(sequential.get(0) instanceof Extracted);
  }

  /**
   * Library code never exits the JVM or writes to the console (the CLI, in cli/, may): checked on
   * the compiled classes, so comments and strings naming System.out are no concern.
   */
  private static final ArchRule NO_EXIT_OR_PRINT =
      noClasses()
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
          .orShould()
          .callMethod(System.class, "exit", int.class)
          .orShould()
          .callMethod(Runtime.class, "exit", int.class)
          .orShould()
          .callMethod(Runtime.class, "halt", int.class)
          .because("a library must not print or end its caller's JVM");

  @Test
  void libraryCodeDoesNotExitOrPrint() throws Exception {
    // The library's own classes (what its jar is made of), not the tests'.
    Path classes =
        Path.of(Extractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    JavaClasses library = new ClassFileImporter().importPath(classes);
    assertTrue(library.size() > 100, "imported " + library.size() + " classes");
    NO_EXIT_OR_PRINT.check(library);
  }

  @Test
  void theRuleCatchesPrintingAndExiting() {
    for (Class<?> offender : List.of(Prints.class, PrintsStackTrace.class, Exits.class)) {
      JavaClasses one = new ClassFileImporter().importClasses(offender);
      assertThrows(AssertionError.class, () -> NO_EXIT_OR_PRINT.check(one), offender.getName());
    }
  }

  private static final class Prints {
    void run() {
      System.out.println("hello");
    }
  }

  private static final class PrintsStackTrace {
    void run(Exception e) {
      e.printStackTrace();
    }
  }

  private static final class Exits {
    void run() {
      System.exit(1);
    }
  }
}
