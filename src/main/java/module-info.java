/**
 * zhengwen: raw news-page bytes (any charset) or a page-text dump in, a clean {@link
 * org.zhengwen.Article} out.
 *
 * <p>The API is the exported packages: {@code org.zhengwen} (extraction), {@code
 * org.zhengwen.decode} (bytes to text, usable alone), {@code org.zhengwen.golden} (golden tests for
 * users' own pages) and {@code org.zhengwen.json} (Article JSON, as the CLI and golden files write
 * it). Everything under {@code org.zhengwen.internal} ships in the same jar but is not exported:
 * nothing outside this module can compile against it. The command line is an artifact of its own,
 * {@code org.zhengwen:zhengwen-cli}.
 *
 * <p>Run time needs only jsoup, juniversalchardet and commons-lang3. Jackson (for {@code golden}
 * and {@code json}) and java-diff-utils (for {@code golden}) are optional: {@code requires static}.
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
}
