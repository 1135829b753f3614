package org.zhengwen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengwen.bench.Gate.Check;
import org.zhengwen.bench.Gate.Figures;

class GateTest {
  @TempDir
  Path dir;

  @Test
  void aDropOfMoreThanTheToleranceFailsAndLessDoesNot() {
    Map<String, Figures> base = Map.of(
        "a", new Figures("a", 10, 0.950, 0, Double.NaN),
        "b", new Figures("b", 10, 0.950, 10, 0.900));
    List<Check> checks = Gate.compare(List.of(
        new Figures("a", 10, 0.9451, 0, Double.NaN),
        new Figures("b", 10, 0.960, 10, 0.890)), base);
    assertTrue(checks.get(0).failures().isEmpty(), "0.0049 below is within the tolerance");
    assertEquals(1, checks.get(1).failures().size(), "a title rate 0.010 below fails");
    assertTrue(checks.get(1).failures().get(0).startsWith("title"));
  }

  @Test
  void newCorporaAndChangedPageCountsAreNotedNotFailed() {
    Map<String, Figures> base = Map.of("a", new Figures("a", 10, 0.9, 0, Double.NaN));
    List<Check> checks = Gate.compare(List.of(
        new Figures("a", 12, 0.9, 0, Double.NaN), new Figures("c", 5, 0.5, 0, Double.NaN)), base);
    assertEquals(List.of("pages 10 -> 12"), checks.get(0).notes());
    assertEquals(List.of("no baseline"), checks.get(1).notes());
    assertTrue(checks.stream().allMatch(c -> c.failures().isEmpty()));
  }

  @Test
  void baselineRoundTrips() {
    List<Figures> figures = List.of(new Figures("a", 3, 0.91234, 0, Double.NaN), new Figures("b", 4, 0.5, 2, 0.75));
    Map<String, Figures> back = Gate.Baseline.parse(Gate.Baseline.format(figures));
    assertEquals(0.9123, back.get("a").f1(), 1e-9);
    assertTrue(Double.isNaN(back.get("a").titleRate()));
    assertEquals(0.75, back.get("b").titleRate(), 1e-9);
    assertEquals(2, back.get("b").titled());
  }

  @Test
  void runFailsOnADropAndUpdateRewritesTheBaseline() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("tiny"));
    Files.writeString(corpus.resolve("p.json"),
        "{\"id\":\"p\",\"title\":\"Rates rise\",\"body\":\"The central bank raised rates by half a point on Tuesday.\"}");
    Files.writeString(corpus.resolve("p.html"), "<html><head><title>Rates rise</title></head><body><article>"
        + "<h1>Rates rise</h1><p>The central bank raised rates by half a point on Tuesday.</p></article></body></html>");
    Path baseline = dir.resolve("baseline.tsv");
    Files.writeString(baseline, "corpus\tpages\tf1\ttitled\ttitle_site_rule\ntiny\t1\t1.5\t1\t-\n");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    assertEquals(1, Gate.run(List.of(corpus), baseline, false, out), "F1 can never reach 1.5: a drop");
    assertTrue(buf.toString(StandardCharsets.UTF_8).contains("FAIL: F1"));
    assertEquals(0, Gate.run(List.of(corpus), baseline, true, out));
    assertEquals(0, Gate.run(List.of(corpus), baseline, false, out), "the rewritten baseline holds");
    Figures written = Gate.Baseline.parse(Files.readString(baseline)).get("tiny");
    assertEquals(1, written.pages());
    assertTrue(written.f1() > 0.5 && written.f1() <= 1.0);
  }
}
