package org.zhengwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.zhengwen.Zhengwen;

/**
 * The jars zhengwen publishes carry their licence terms: the library's and the CLI's jars, sources
 * and javadoc jars their LICENSE and NOTICE, the shaded CLI jar those plus every bundled artifact's
 * licence, as listed by its META-INF/THIRD-PARTY.md. An integration test (maven-failsafe-plugin)
 * because it opens the jars that {@code package} builds.
 */
class LicenseFilesIT {
  /** A row of the THIRD-PARTY.md table: | group:artifact | version | licence | files in jar |. */
  private static final Pattern ROW =
      Pattern.compile("^\\|\\s*([\\w.-]+:[\\w.-]+)\\s*\\|\\s*([^|\\s]+)\\s*\\|[^|]*\\|([^|]*)\\|");

  /** A line of `mvn dependency:list`: group:artifact:jar:version:scope. */
  private static final Pattern DEPENDENCY =
      Pattern.compile("^\\s*([\\w.-]+:[\\w.-]+):jar:([\\w.-]+):(?:compile|runtime)\\b");

  private static final Pattern QUOTED_PATH = Pattern.compile("`([^`]+)`");

  @Test
  void publishedJarsHaveLicenseAndNotice() throws IOException, URISyntaxException {
    Path libraryJar =
        Path.of(Zhengwen.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(libraryJar.toString().endsWith(".jar"), "library not from a jar: " + libraryJar);
    String library = libraryJar.toString().replaceFirst("\\.jar$", "");
    String cli = System.getProperty("zw.cliArtifact");
    for (String artifact : List.of(library, cli)) {
      for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
        try (ZipFile jar = new ZipFile(artifact + suffix)) {
          assertApacheLicense(jar);
          assertTrue(
              text(jar, "META-INF/NOTICE").startsWith("zhengwen\nCopyright "),
              "zhengwen's NOTICE in " + jar.getName());
        }
      }
    }
  }

  @Test
  void cliJarHasLicenseAndMergedNotice() throws IOException {
    try (ZipFile jar = new ZipFile(cliJar().toFile())) {
      assertApacheLicense(jar);
      String notice = text(jar, "META-INF/NOTICE");
      assertTrue(notice.contains("\nzhengwen\nCopyright "), "zhengwen's NOTICE merged in");
      assertTrue(notice.contains("Apache Commons Lang"), "commons-lang3's NOTICE merged in");
      assertTrue(notice.contains("Jackson JSON processor"), "Jackson's NOTICE merged in");
    }
  }

  @Test
  void everyBundledArtifactIsListedWithItsLicenceFiles() throws IOException {
    try (ZipFile jar = new ZipFile(cliJar().toFile())) {
      Map<String, String> versions = new HashMap<>();
      Map<String, List<String>> licenceFiles = new HashMap<>();
      for (String line : text(jar, "META-INF/THIRD-PARTY.md").split("\n")) {
        Matcher row = ROW.matcher(line);
        if (row.find()) {
          versions.put(row.group(1), row.group(2));
          licenceFiles.put(row.group(1), quotedPaths(row.group(3)));
        }
      }
      List<String> bundled = bundledArtifacts();
      assertFalse(bundled.isEmpty(), "no dependencies read from " + bundledList());
      for (String coordinates : bundled) {
        String[] parts = coordinates.split(" ");
        assertEquals(parts[1], versions.get(parts[0]), parts[0] + " in THIRD-PARTY.md");
        for (String path : licenceFiles.get(parts[0])) {
          assertNotNull(jar.getEntry(path), path + " (licence of " + parts[0] + ") in the jar");
        }
      }
    }
  }

  private static void assertApacheLicense(ZipFile jar) throws IOException {
    assertTrue(
        text(jar, "META-INF/LICENSE")
            .contains("Apache License\n                           Version 2.0"),
        "META-INF/LICENSE is the Apache License 2.0 in " + jar.getName());
  }

  private static String text(ZipFile jar, String path) throws IOException {
    ZipEntry entry = jar.getEntry(path);
    assertNotNull(entry, path + " in " + jar.getName());
    return new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)
        .replace("\r\n", "\n");
  }

  private static List<String> quotedPaths(String cell) {
    List<String> paths = new ArrayList<>();
    Matcher path = QUOTED_PATH.matcher(cell);
    while (path.find()) {
      paths.add(path.group(1));
    }
    return paths;
  }

  /** "group:artifact version" of each runtime dependency the shade plugin bundles. */
  private static List<String> bundledArtifacts() throws IOException {
    List<String> bundled = new ArrayList<>();
    for (String line : Files.readAllLines(bundledList())) {
      Matcher dependency = DEPENDENCY.matcher(line);
      if (dependency.find()) {
        bundled.add(dependency.group(1) + " " + dependency.group(2));
      }
    }
    return bundled;
  }

  private static Path cliJar() {
    return Path.of(System.getProperty("zw.cliJar"));
  }

  private static Path bundledList() {
    return Path.of(System.getProperty("zw.bundledList"));
  }
}
