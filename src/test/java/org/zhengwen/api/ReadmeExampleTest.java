package org.zhengwen.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's newcomer path: its complete Java example compiles against the library and runs on a
 * seed page, and its pom snippet pins the compiler release and names this build's version.
 */
class ReadmeExampleTest {
  private static final Path README = Path.of("README.md");
  private static final String EXAMPLE_CLASS = "ExtractOne";
  private static final Path SEED = Path.of("seeds/004_e3e6cc0eb7aaefdc.txt");

  @TempDir Path work;

  @Test
  void javaExampleCompilesAndPrintsTheArticle() throws Exception {
    Path source = work.resolve(EXAMPLE_CLASS + ".java");
    Files.writeString(source, block("java", "public class " + EXAMPLE_CLASS));
    Path classes = Files.createDirectories(work.resolve("classes"));

    readCompilerModule();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled =
        javac
            .getTask(
                diagnostics,
                null,
                null,
                List.of(
                    "--release",
                    "17",
                    "-Xlint:all",
                    "-Werror",
                    "-classpath",
                    libraryPath(),
                    "-d",
                    classes.toString()),
                null,
                javac
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(source))
            .call();
    assertTrue(compiled, "the README's example does not compile:\n" + diagnostics);

    String printed = runMain(classes, SEED.toString(), "https://example.com/a.html");
    List<String> lines = printed.lines().toList();
    assertTrue(lines.size() >= 3, "title, date and paragraphs expected:\n" + printed);
    assertTrue(
        !lines.get(0).isBlank() && !lines.get(0).equals("(no title)"),
        "a title first:\n" + printed);
  }

  @Test
  void pomSnippetPinsJava17AndNamesThisVersion() throws IOException {
    String pom = block("xml", "<artifactId>my-extractor</artifactId>");
    assertTrue(pom.contains("<release>17</release>"), pom);
    String version = System.getProperty("zw.version");
    assertNotNull(version, "Surefire passes the build's version as zw.version");
    Matcher m =
        Pattern.compile("<artifactId>zhengwen</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(pom);
    assertTrue(m.find(), pom);
    assertEquals(version, m.group(1), "the README's dependency names the version this build makes");
  }

  /**
   * The library and its dependencies, as a user's class path: Surefire puts them on the module
   * path.
   */
  private static String libraryPath() {
    return String.join(
        File.pathSeparator,
        System.getProperty("jdk.module.path", ""),
        System.getProperty("java.class.path", ""));
  }

  /** These tests run inside module org.zhengwen, which does not itself read java.compiler. */
  private static void readCompilerModule() {
    ModuleLayer.boot()
        .findModule("java.compiler")
        .ifPresent(ReadmeExampleTest.class.getModule()::addReads);
  }

  /** The README's fenced code block of the given language that contains {@code marker}. */
  private static String block(String language, String marker) throws IOException {
    Matcher m =
        Pattern.compile("(?ms)^```" + language + "\\n(.*?)^```$").matcher(Files.readString(README));
    while (m.find()) {
      if (m.group(1).contains(marker)) {
        return m.group(1);
      }
    }
    throw new AssertionError("README.md has no ```" + language + " block with " + marker);
  }

  private static String runMain(Path classes, String... args) throws Exception {
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, ReadmeExampleTest.class.getClassLoader())) {
      Method main = loader.loadClass(EXAMPLE_CLASS).getMethod("main", String[].class);
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      // the example's stderr (its list of removed blocks) is dropped so the build log stays
      // readable
      System.setErr(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) args);
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
