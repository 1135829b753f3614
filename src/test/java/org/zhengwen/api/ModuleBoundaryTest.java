package org.zhengwen.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengwen.Extractor;

/**
 * The module boundary: exactly the API packages are exported, the pipeline is not, the CLI is not
 * in the library at all, and only jsoup, juniversalchardet and commons-lang3 are required at run
 * time (everything else is {@code requires static}); a user's module compiles against the API and
 * not against the pipeline.
 */
class ModuleBoundaryTest {
  private static final Set<String> API =
      Set.of("org.zhengwen", "org.zhengwen.decode", "org.zhengwen.golden", "org.zhengwen.json");
  private static final Set<String> RUNTIME =
      Set.of(
          "java.base",
          "org.jsoup",
          "com.github.albfernandez.juniversalchardet",
          "org.apache.commons.lang3");

  @Test
  void exportsOnlyTheApi() throws IOException {
    ModuleDescriptor module = descriptor();
    assertEquals("org.zhengwen", module.name());
    Set<String> exported =
        module.exports().stream()
            .filter(e -> !e.isQualified())
            .map(Exports::source)
            .collect(Collectors.toSet());
    assertEquals(API, exported);
    assertTrue(
        module.exports().stream().allMatch(e -> !e.isQualified()),
        "no package exported to friends");
    assertEquals(Set.of(), module.opens(), "no package is opened for reflection");
  }

  /**
   * The command line is the zhengwen-cli artifact: the library's classes (what its jar is made of)
   * hold no org.zhengwen.cli package, and neither picocli nor jwarc is on the library's class path,
   * not even as an optional dependency.
   */
  @Test
  void theCommandLineIsNotInTheLibrary() throws Exception {
    Path classes =
        Path.of(Extractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(Files.isRegularFile(classes.resolve("org/zhengwen/Extractor.class")), "" + classes);
    assertFalse(Files.exists(classes.resolve("org/zhengwen/cli")), classes + " has CLI classes");
    Set<String> required =
        descriptor().requires().stream().map(Requires::name).collect(Collectors.toSet());
    assertFalse(required.contains("info.picocli") || required.contains("jwarc"), "" + required);
    for (String cliOnly : List.of("picocli.CommandLine", "org.netpreserve.jwarc.WarcReader")) {
      assertThrows(
          ClassNotFoundException.class,
          () -> Class.forName(cliOnly),
          cliOnly + " is on the library's class path");
    }
  }

  @Test
  void needsOnlyJsoupAndJuniversalchardetAtRunTime() throws IOException {
    Set<String> needed =
        descriptor().requires().stream()
            .filter(r -> !r.modifiers().contains(Requires.Modifier.STATIC))
            .map(Requires::name)
            .collect(Collectors.toSet());
    assertEquals(RUNTIME, needed);
  }

  @Test
  void moduleCodeCannotCompileAgainstThePipeline(@TempDir Path work) throws Exception {
    String api = compileUserModule(work, "org.zhengwen.Extractor");
    assertTrue(api.isEmpty(), "the API is visible:\n" + api);
    String errors = compileUserModule(work, "org.zhengwen.internal.Pipeline");
    assertTrue(errors.contains("not visible") || errors.contains("does not export"), errors);
  }

  /**
   * Compiles a one-class module that requires org.zhengwen and imports {@code type}; returns the
   * errors.
   */
  private static String compileUserModule(Path work, String type) throws Exception {
    Path src = Files.createDirectories(work.resolve("src-" + type).resolve("user"));
    Files.writeString(src.resolve("module-info.java"), "module user { requires org.zhengwen; }\n");
    Files.createDirectories(src.resolve("user"));
    Files.writeString(
        src.resolve("user/Use.java"),
        "package user;\nimport "
            + type
            + ";\npublic class Use { Class<?> c = "
            + simpleName(type)
            + ".class; }\n");
    ModuleBoundaryTest.class
        .getModule()
        .addReads(ModuleLayer.boot().findModule("java.compiler").orElseThrow());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    javac
        .getTask(
            out,
            null,
            null,
            List.of(
                "--module-path",
                modulePath(),
                "-d",
                Files.createDirectories(work.resolve("out-" + type)).toString()),
            null,
            javac
                .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                .getJavaFileObjects(src.resolve("module-info.java"), src.resolve("user/Use.java")))
        .call();
    return out.toString();
  }

  /** The library's classes and its run-time dependencies, as a user's module path. */
  private static String modulePath() throws Exception {
    List<String> path = new ArrayList<>();
    path.add(
        Path.of(Extractor.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.startsWith("jsoup-")
          || name.startsWith("juniversalchardet-")
          || name.startsWith("commons-lang3-")
          || name.startsWith("jspecify-")) {
        path.add(entry);
      }
    }
    return String.join(File.pathSeparator, path);
  }

  private static String simpleName(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }

  private static ModuleDescriptor descriptor() throws IOException {
    // The library's own descriptor: on the class path, "/module-info.class" could be any jar's.
    try (InputStream in =
        new URL(
                Extractor.class.getProtectionDomain().getCodeSource().getLocation(),
                "module-info.class")
            .openStream()) {
      return ModuleDescriptor.read(in);
    }
  }
}
