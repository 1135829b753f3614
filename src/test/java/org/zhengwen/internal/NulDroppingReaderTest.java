package org.zhengwen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class NulDroppingReaderTest {
  @Test
  void dropsNulsAndNeverAnswersZeroForAPieceOfOnlyNuls() throws IOException {
    String text = "\0\0\0<p>a\0b</p>\0\0\0\0c\0";
    try (NulDroppingReader r = new NulDroppingReader(new StringReader(text))) {
      StringBuilder out = new StringBuilder();
      char[] buf = new char[3];
      int n;
      while ((n = r.read(buf, 0, buf.length)) != -1) {
        assertTrue(n > 0);
        out.append(buf, 0, n);
      }
      assertEquals("<p>ab</p>c", out.toString());
    }
  }

  @Test
  void singleCharacterReadsSkipNuls() throws IOException {
    try (NulDroppingReader r = new NulDroppingReader(new StringReader("\0x\0"))) {
      assertEquals('x', r.read());
      assertEquals(-1, r.read());
    }
  }
}
