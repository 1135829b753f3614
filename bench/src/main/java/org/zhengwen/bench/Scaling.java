package org.zhengwen.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extracted;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;
import org.zhengwen.Rejected;

/**
 * Does extraction time grow linearly with the size of hostile pages? Generates each shape in memory
 * at sizes n, 2n, 4n, 8n, extracts it ({@code Extractor.standard().extract(bytes, PageHints.none())})
 * once to warm up and then {@code --runs} times (default 5), and prints the median and best wall and
 * thread-CPU time (ThreadMXBean) per size, the MB/s, and the ratio time(2n) / time(n), which is about
 * 2 when growth is linear. Finally extracts a 20 MB article page in a separate JVM with
 * {@code -Xmx256m} and prints whether it completed, its time and its result.
 *
 * <pre>
 * bench/scaling.sh [--runs N] [--only nested-div,links,...] [--no-child]
 * bench/scaling.sh --single article 20      # one shape at one size (MB for article/line, count otherwise)
 * </pre>
 */
public final class Scaling {
  private Scaling() {}

  private static final String P1 = "记者从市文化局获悉，市图书馆新馆今天上午正式向市民开放，新馆共有阅览座位两千个，藏书一百二十万册。";
  private static final String P2 = "新馆设有少儿阅读区、古籍修复展示区和数字体验区，市民凭身份证即可免费办理借阅证。";
  private static final String P3 = "据介绍，新馆开放时间为每天上午九点至晚上九点，节假日照常开放，周一上午闭馆进行设备维护。";
  private static final String P4 = "市文化局有关负责人表示，下一步将继续推进街道和社区分馆建设，让市民在家门口就能借到书、读好书。";

  /** A hostile page shape: {@code size} is a count (elements) or a number of bytes. */
  record Shape(String name, String what, String unit, double[] sizes, LongFunction<byte[]> page) {
    String sizeLabel(double s) {
      return unit.equals("MB") ? fmt(s, 2) + " MB" : String.format(Locale.ROOT, "%,d", (long) s);
    }

    byte[] make(double s) {
      return page.apply(unit.equals("MB") ? (long) (s * 1_000_000) : (long) s);
    }
  }

  static List<Shape> shapes() {
    return List.of(
        new Shape("nested-div", "N nested <div>s, the article paragraphs at the bottom", "divs",
            new double[] {25_000, 50_000, 100_000, 200_000}, Scaling::nestedDivs),
        new Shape("links", "a list of N <a href> links, then a short article", "links",
            new double[] {25_000, 50_000, 100_000, 200_000}, Scaling::links),
        new Shape("line-ascii", "one <p> holding a single line of ASCII letters, no whitespace", "MB",
            new double[] {1.25, 2.5, 5, 10}, n -> oneLine(n, "abcdefghij")),
        new Shape("line-cjk", "one <p> holding a single line of Chinese, no whitespace or punctuation", "MB",
            new double[] {1.25, 2.5, 5, 10}, n -> oneLine(n, "正文没有空白")),
        new Shape("article", "a news page (nav, h1, date line, footer) whose article has ~0.4 KB paragraphs up to the size", "MB",
            new double[] {5, 10, 20}, Scaling::article),
        new Shape("paragraphs", "N short <p>s in the content div", "<p>s",
            new double[] {12_500, 25_000, 50_000, 100_000}, Scaling::paragraphs));
  }

  // ---- page generators ---------------------------------------------------------------------------

  private static StringBuilder head(String title) {
    return new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
        .append(title).append("</title></head><body>\n");
  }

  static byte[] nestedDivs(long depth) {
    StringBuilder b = head("深层嵌套");
    for (long i = 0; i < depth; i++) {
      b.append("<div>");
    }
    b.append("<h1>深层嵌套</h1><p>").append(P1).append("</p><p>").append(P2).append("</p><p>").append(P3).append("</p>");
    for (long i = 0; i < depth; i++) {
      b.append("</div>");
    }
    return utf8(b.append("</body></html>"));
  }

  static byte[] links(long n) {
    StringBuilder b = head("链接列表").append("<ul class=\"list\">");
    for (long i = 0; i < n; i++) {
      b.append("<li><a href=\"/news/").append(i).append(".html\">新闻标题").append(i).append("</a></li>");
    }
    b.append("</ul><div class=\"content\"><h1>链接列表</h1><p>").append(P1).append("</p><p>").append(P2)
        .append("</p></div>");
    return utf8(b.append("</body></html>"));
  }

  static byte[] oneLine(long bytes, String unit) {
    StringBuilder b = head("长行").append("<h1>长行</h1><p>");
    int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
    long reps = Math.max(1, bytes / unitBytes);
    for (long i = 0; i < reps; i++) {
      b.append(unit);
    }
    return utf8(b.append("</p></body></html>"));
  }

  static byte[] article(long bytes) {
    StringBuilder b = head("市图书馆新馆今日正式开放")
        .append("<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/news\">新闻</a> <a href=\"/culture\">文化</a></div>\n")
        .append("<div class=\"article\"><h1>市图书馆新馆今日正式开放</h1>\n")
        .append("<div class=\"info\">2024-03-01 10:20  来源：某某日报</div>\n<div class=\"content\">\n");
    String[] ps = {P1, P2, P3, P4};
    long target = bytes - 200;
    long size = (long) b.length() * 3; // generous estimate of the UTF-8 size so far
    int i = 0;
    while (size < target) {
      // ~0.4 KB a paragraph: three sentences and a number, so no two paragraphs are the same.
      String p = "<p>" + ps[i % 4] + ps[(i + 1) % 4] + "第" + i + "段。" + ps[(i + 2) % 4] + "</p>\n";
      b.append(p);
      size += p.getBytes(StandardCharsets.UTF_8).length;
      i++;
    }
    b.append("</div>\n</div>\n<div class=\"footer\">Copyright (c) 2024 某某网 版权所有</div>\n");
    return utf8(b.append("</body></html>"));
  }

  static byte[] paragraphs(long n) {
    StringBuilder b = head("长文").append("<h1>长文</h1><div class=\"content\">");
    for (long i = 0; i < n; i++) {
      b.append("<p>").append(i % 2 == 0 ? P1 : P2).append(i).append("</p>");
    }
    return utf8(b.append("</div></body></html>"));
  }

  private static byte[] utf8(CharSequence s) {
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  // ---- measurement -------------------------------------------------------------------------------

  /** One timed extraction. */
  record Run(long wallNanos, long cpuNanos, ExtractionResult result) {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static Run timeOnce(byte[] page) {
    long c0 = THREADS.getCurrentThreadCpuTime();
    long w0 = System.nanoTime();
    ExtractionResult r = Extractor.standard().extract(page, PageHints.none());
    long w1 = System.nanoTime();
    long c1 = THREADS.getCurrentThreadCpuTime();
    return new Run(w1 - w0, c1 - c0, r);
  }

  static String describe(ExtractionResult r) {
    if (r instanceof Extracted e) {
      return "ok, " + e.article().paragraphs().size() + " paragraphs";
    }
    Rejected rej = (Rejected) r;
    return "rejected " + rej.reason();
  }

  public static void main(String[] args) throws Exception {
    int runs = 5;
    List<String> only = null;
    boolean child = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--only" -> only = Arrays.asList(args[++i].split(","));
        case "--no-child" -> child = false;
        case "--single" -> {
          single(args[i + 1], Double.parseDouble(args[i + 2]));
          return;
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (!THREADS.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("thread CPU time not supported");
    }
    THREADS.setThreadCpuTimeEnabled(true);
    System.out.printf(Locale.ROOT, "JVM %s, max heap %d MiB, %d CPUs; %d timed runs per size after one warm-up%n",
        System.getProperty("java.vm.version"), Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors(), runs);

    // General warm-up: the normal path on small pages, so the JIT has compiled it before any timing.
    for (int i = 0; i < 30; i++) {
      timeOnce(article(200_000));
      timeOnce(paragraphs(2_000));
      timeOnce(links(2_000));
    }

    Table summary = new Table("shape", ">size", ">HTML bytes", "result", ">wall median ms", ">wall best ms",
        ">CPU median ms", ">CPU best ms", ">MB/s (CPU median)", ">wall ×prev", ">CPU ×prev");
    for (Shape s : shapes()) {
      if (only != null && !only.contains(s.name())) {
        continue;
      }
      System.out.println();
      System.out.println("== " + s.name() + ": " + s.what());
      double prevWall = Double.NaN;
      double prevCpu = Double.NaN;
      boolean warm = false;
      for (double size : s.sizes()) {
        byte[] page = s.make(size);
        if (!warm) {
          timeOnce(page); // warm-up run on this shape
          warm = true;
        }
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        ExtractionResult last = null;
        for (int k = 0; k < runs; k++) {
          System.gc();
          Run r = timeOnce(page);
          wall[k] = r.wallNanos();
          cpu[k] = r.cpuNanos();
          last = r.result();
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        double wMed = wall[runs / 2] / 1e6;
        double cMed = cpu[runs / 2] / 1e6;
        String wRatio = Double.isNaN(prevWall) ? "" : fmt(wMed / prevWall, 2);
        String cRatio = Double.isNaN(prevCpu) ? "" : fmt(cMed / prevCpu, 2);
        System.out.printf(Locale.ROOT, "  %-12s %,12d bytes  %-22s wall median %9.1f ms (best %9.1f)  "
            + "CPU median %9.1f ms (best %9.1f)  %s%n", s.sizeLabel(size), page.length, describe(last), wMed,
            wall[0] / 1e6, cMed, cpu[0] / 1e6, wRatio.isEmpty() ? "" : "wall×" + wRatio + " CPU×" + cRatio);
        summary.row(s.name(), s.sizeLabel(size), String.format(Locale.ROOT, "%,d", page.length), describe(last),
            fmt(wMed, 1), fmt(wall[0] / 1e6, 1), fmt(cMed, 1), fmt(cpu[0] / 1e6, 1),
            fmt(page.length / 1e6 / (cMed / 1000), 1), wRatio, cRatio);
        prevWall = wMed;
        prevCpu = cMed;
      }
    }
    System.out.println();
    System.out.println("== Summary (×prev = median time at this size ÷ median at the previous, half, size; "
        + "linear ≈ 2)");
    System.out.println();
    System.out.println(summary.render(false));
    System.out.println(summary.render(true));

    if (child) {
      System.out.println("== 20 MB article page in a separate JVM with -Xmx256m");
      String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
      List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
          Scaling.class.getName(), "--single", "article", "20"));
      System.out.println("$ java -Xmx256m -cp <bench classpath> " + Scaling.class.getName() + " --single article 20");
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          System.out.println("  " + line);
        }
      }
      System.out.println("  exit code " + p.waitFor());
    }
  }

  /** Child mode: one shape at one size, cold then warm, with the heap's peak use. */
  static void single(String name, double size) {
    Shape s = shapes().stream().filter(x -> x.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown shape " + name));
    THREADS.setThreadCpuTimeEnabled(true);
    byte[] page = s.make(size);
    System.out.printf(Locale.ROOT, "%s %s: %,d bytes of HTML; JVM max heap %d MiB%n", s.name(), s.sizeLabel(size),
        page.length, Runtime.getRuntime().maxMemory() >> 20);
    for (int k = 1; k <= 3; k++) {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      System.gc();
      Run r = timeOnce(page);
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.printf(Locale.ROOT, "run %d%s: %s; wall %.1f ms, thread CPU %.1f ms; peak heap (sum of pool peaks) "
          + "%d MiB%n", k, k == 1 ? " (cold)" : "", describe(r.result()), r.wallNanos() / 1e6, r.cpuNanos() / 1e6,
          peak >> 20);
    }
  }

  private static String fmt(double d, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", d);
  }
}
