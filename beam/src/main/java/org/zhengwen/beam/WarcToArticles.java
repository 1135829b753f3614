package org.zhengwen.beam;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The pipeline: WARC files matching a glob → articles as JSON Lines, plus a dead-letter set of JSON
 * Lines for rejected pages and unreadable records.
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=org.zhengwen.beam.WarcToArticles \
 *     -Dexec.args="--input=/data/crawl/*.warc.gz --output=/data/out/articles --deadLetters=/data/out/dead"
 * </pre>
 * Any runner on the class path can be chosen with {@code --runner=...}; see {@code beam/README.md}.
 */
public final class WarcToArticles {
  /** Main output: one article line per page that yielded an article. */
  public static final TupleTag<String> ARTICLES = new TupleTag<>() {};
  /** Side output: one line per rejected page or damaged record, with {@code reason} and {@code error}. */
  public static final TupleTag<String> DEAD_LETTERS = new TupleTag<>() {};

  private WarcToArticles() {}

  /** Command-line options, on top of Beam's own ({@code --runner} and the runner's). */
  public interface Options extends PipelineOptions {
    @Description("Glob of WARC / WARC.gz files, in any file system Beam knows (local, gs://, s3://, hdfs://)")
    @Validation.Required
    String getInput();

    void setInput(String value);

    @Description("Output prefix for article JSON Lines shards")
    @Validation.Required
    String getOutput();

    void setOutput(String value);

    @Description("Output prefix for dead-letter JSON Lines shards")
    @Default.String("dead-letters")
    String getDeadLetters();

    void setDeadLetters(String value);
  }

  /** Parses the options and runs the pipeline to the end. */
  public static void main(String[] args) {
    Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
    PipelineResult.State state = run(options);
    System.exit(state == PipelineResult.State.DONE ? 0 : 1);
  }

  /** Builds and runs the pipeline, waiting for it to finish. */
  public static PipelineResult.State run(Options options) {
    Pipeline pipeline = Pipeline.create(options);
    PCollectionTuple lines = pipeline.apply("Extract", extract(options.getInput()));
    lines.get(ARTICLES).apply("WriteArticles", TextIO.write().to(options.getOutput()).withSuffix(".jsonl"));
    lines.get(DEAD_LETTERS).apply("WriteDeadLetters", TextIO.write().to(options.getDeadLetters()).withSuffix(".jsonl"));
    return pipeline.run().waitUntilFinish();
  }

  /** The reading and extraction part alone: article lines under {@link #ARTICLES}, failures under {@link #DEAD_LETTERS}. */
  public static PTransform<PBegin, PCollectionTuple> extract(String glob) {
    return new PTransform<>() {
      private static final long serialVersionUID = 1L;

      @Override
      public PCollectionTuple expand(PBegin input) {
        return input
            .apply("Match", FileIO.match().filepattern(glob))
            // jwarc unzips WARC.gz itself, member by member, so Beam must hand over the raw bytes.
            .apply("Open", FileIO.readMatches().withCompression(Compression.UNCOMPRESSED))
            .apply("Records", ParDo.of(new ExtractWarcFn())
                .withOutputTags(ARTICLES, TupleTagList.of(DEAD_LETTERS)));
      }
    };
  }
}
