package org.zhengwen.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job: WARC / WARC.gz files in, articles and dead letters out, as Parquet (default) or JSON Lines.
 *
 * <pre>
 * spark-submit --class org.zhengwen.spark.WarcToArticles zhengwen-spark.jar \
 *     --input '/data/crawl/*.warc.gz' --output /data/out [--format json]
 * </pre>
 * Output: {@code <output>/set=articles/} and {@code <output>/set=dead_letters/} (see {@link OutputRows}
 * for the columns). Each file is one task; a file's rows are a pure function of its bytes, so a retried
 * task does not duplicate rows, and a second run into the same output replaces it.
 */
public final class WarcToArticles {
  private WarcToArticles() {}

  /**
   * What to read and where to write.
   *
   * @param inputs globs of WARC files, in any file system Hadoop knows (local, {@code hdfs://}, {@code s3a://})
   * @param inputList a file listing paths or globs, one a line (blank lines and {@code #} comments ignored); or null
   * @param output the output folder (replaced)
   * @param format {@code parquet} or {@code json} (JSON Lines)
   */
  public record Options(List<String> inputs, String inputList, String output, String format) {
    /** Parses {@code --input GLOB} (repeatable), {@code --input-list FILE}, {@code --output DIR}, {@code --format F}. */
    public static Options parse(String[] args) {
      List<String> inputs = new ArrayList<>();
      String list = null;
      String output = null;
      String format = "parquet";
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--input" -> inputs.add(required(args[i], value));
          case "--input-list" -> list = required(args[i], value);
          case "--output" -> output = required(args[i], value);
          case "--format" -> format = required(args[i], value);
          default -> throw new IllegalArgumentException("unknown option: " + args[i] + "\n" + USAGE);
        }
        i++;
      }
      if ((inputs.isEmpty() && list == null) || output == null) {
        throw new IllegalArgumentException(USAGE);
      }
      if (!format.equals("parquet") && !format.equals("json")) {
        throw new IllegalArgumentException("--format is parquet or json, not " + format);
      }
      return new Options(List.copyOf(inputs), list, output, format);
    }

    private static String required(String option, String value) {
      if (value == null) {
        throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
      }
      return value;
    }
  }

  private static final String USAGE = "usage: WarcToArticles (--input GLOB)... [--input-list FILE] --output DIR"
      + " [--format parquet|json]";

  /**
   * What a run did: the files read and the counters' totals ({@code pages}, {@code ok},
   * {@code error.<REASON>}, {@code skipped.<KIND>}).
   */
  public record Result(List<String> files, Map<String, Long> counts) {}

  /** Runs the job; the master is spark-submit's {@code --master}, or {@code local[*]} when none is given. */
  public static void main(String[] args) throws IOException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    SparkConf conf = new SparkConf().setAppName("zhengwen WarcToArticles");
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
      Result result = run(spark, options);
      print(result, options, System.out);
    }
  }

  /** Reads every file, writes the output (replacing it) and returns the counts. */
  public static Result run(SparkSession spark, Options options) throws IOException {
    List<String> files = files(spark.sparkContext().hadoopConfiguration(), options);
    if (files.isEmpty()) {
      throw new IOException("no input files match " + options.inputs()
          + (options.inputList() == null ? "" : " or " + options.inputList()));
    }
    Counts counts = new Counts(spark.sparkContext());
    JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(files, files.size()) // one task per file
        .flatMap(file -> FileRows.of(file, counts));
    Dataset<Row> table = spark.createDataFrame(rows, OutputRows.SCHEMA);
    table.write().mode(SaveMode.Overwrite).partitionBy("set").format(options.format()).save(options.output());
    return new Result(files, counts.snapshot());
  }

  /** The input files, fully qualified and sorted, each once. */
  static List<String> files(Configuration hadoop, Options options) throws IOException {
    List<String> patterns = new ArrayList<>(options.inputs());
    if (options.inputList() != null) {
      patterns.addAll(readList(hadoop, options.inputList()));
    }
    TreeSet<String> files = new TreeSet<>();
    for (String pattern : patterns) {
      Path path = new Path(pattern);
      FileStatus[] matches = path.getFileSystem(hadoop).globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new IOException("no such input: " + pattern);
      }
      for (FileStatus status : matches) {
        if (status.isFile()) {
          files.add(status.getPath().toString());
        }
      }
    }
    return new ArrayList<>(files);
  }

  private static List<String> readList(Configuration hadoop, String list) throws IOException {
    Path path = new Path(list);
    FileSystem fs = path.getFileSystem(hadoop);
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(path), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          lines.add(entry);
        }
      }
    }
    return lines;
  }

  /** The summary: files, then every non-zero counter, and where the output went. */
  static void print(Result result, Options options, PrintStream out) {
    out.println("files: " + result.files().size());
    result.counts().forEach((name, value) -> {
      if (value != 0 || name.equals("pages") || name.equals("ok")) {
        out.println(name + ": " + value);
      }
    });
    out.println("output: " + options.output() + "/set=" + OutputRows.ARTICLES + ", " + options.output() + "/set="
        + OutputRows.DEAD_LETTERS + " (" + options.format() + ")");
  }
}
