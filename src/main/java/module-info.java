/**
 * zhengwen: raw news-page bytes (any charset) or a page-text dump in, a clean {@link
 * org.zhengwen.Article} out.
 *
 * <p>The API is the exported packages: {@code org.zhengwen} (extraction), {@code
 * org.zhengwen.decode} (bytes to text, usable alone), {@code org.zhengwen.golden} (golden tests for
 * users' own pages) and {@code org.zhengwen.json} (Article JSON, as the CLI and golden files write
 * it). Everything under {@code org.zhengwen.internal} and the command line, {@code
 * org.zhengwen.cli}, ship in the same jar but are not exported: nothing outside this module can
 * compile against them. The CLI is run from the shaded {@code zhengwen-cli.jar} on the class path.
 *
 * <p>Run time needs only jsoup, juniversalchardet and commons-lang3. Jackson (for {@code golden}
 * and {@code json}), java-diff-utils (for {@code golden}), picocli and jwarc (for the CLI) are
 * optional: {@code requires static}.
 */
module org.zhengwen {
  exports org.zhengwen;
  exports org.zhengwen.decode;
  exports org.zhengwen.golden;
  exports org.zhengwen.json;

  requires org.jsoup;
  requires com.github.albfernandez.juniversalchardet;
  requires org.apache.commons.lang3;
  // Not transitive: a user's module would then fail to compile without them. A module that uses
  // org.zhengwen.json or golden requires com.fasterxml.jackson.databind itself.
  requires static org.jspecify;
  requires static com.fasterxml.jackson.databind;
  requires static io.github.javadiffutils;
  requires static info.picocli;
  requires static jwarc;

  // picocli sets the CLI's option fields reflectively.
  opens org.zhengwen.cli to
      info.picocli;
}
