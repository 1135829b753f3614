package org.zhengwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * {@code -V} prints the version the build was made as, snapshot suffix included, not a number in
 * the source.
 */
class VersionTest {
  @Test
  void versionIsTheBuildsOwn() {
    String built = System.getProperty("zw.version");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "-V");
    assertEquals(0, status, err.toString());
    assertEquals("zhengwen " + built, out.toString().strip());
  }
}
