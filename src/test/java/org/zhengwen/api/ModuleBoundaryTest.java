package org.zhengwen.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.net.URL;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zhengwen.Extractor;

/**
 * The module boundary: exactly the API packages are exported, the pipeline and the CLI are not, and
 * only jsoup and juniversalchardet are required at run time (everything else is {@code requires
 * static}).
 */
class ModuleBoundaryTest {
  private static final Set<String> API =
      Set.of("org.zhengwen", "org.zhengwen.decode", "org.zhengwen.golden", "org.zhengwen.json");
  private static final Set<String> RUNTIME =
      Set.of("java.base", "org.jsoup", "com.github.albfernandez.juniversalchardet");

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
    assertEquals(
        Set.of("org.zhengwen.cli"),
        module.opens().stream().map(o -> o.source()).collect(Collectors.toSet()),
        "only the CLI is opened, for picocli's reflection");
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
