package org.zhengwen.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {
  private static final String PAGE =
      "<html><head><meta charset=\"gbk\"><title>新闻</title></head><body><p>"
          + PageDecoderTest.NEWS
          + "</p></body></html>";

  private static byte[] withRandomTail(byte[] head, long seed) {
    byte[] b = new byte[head.length + 2000];
    new Random(seed).nextBytes(b);
    System.arraycopy(head, 0, b, 0, head.length);
    return b;
  }

  private static byte[] of(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void png() {
    byte[] b = withRandomTail(of(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), 1);
    assertEquals(Optional.of("PNG image"), ContentSniffer.binaryKind(b));
  }

  @Test
  void jpeg() {
    assertEquals(
        Optional.of("JPEG image"),
        ContentSniffer.binaryKind(withRandomTail(of(0xFF, 0xD8, 0xFF, 0xE0), 2)));
  }

  @Test
  void gif() {
    assertEquals(
        Optional.of("GIF image"),
        ContentSniffer.binaryKind(withRandomTail("GIF89a".getBytes(StandardCharsets.US_ASCII), 3)));
  }

  @Test
  void pdf() {
    byte[] b =
        "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(Optional.of("PDF document"), ContentSniffer.binaryKind(b));
  }

  @Test
  void gzip() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(Optional.of("gzip data"), ContentSniffer.binaryKind(out.toByteArray()));
  }

  @Test
  void zip() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("page.html"));
      zip.write(PAGE.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertEquals(Optional.of("ZIP archive"), ContentSniffer.binaryKind(out.toByteArray()));
  }

  @Test
  void randomBytesAreBinary() {
    byte[] b = new byte[16 * 1024];
    new Random(42).nextBytes(b);
    b[0] = 'x'; // no signature, so the control-byte rule must catch it
    assertEquals(Optional.of("binary data"), ContentSniffer.binaryKind(b));
  }

  @Test
  void nulLadenTextIsBinary() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      sb.append("ab\0");
    }
    assertEquals(
        Optional.of("binary data"),
        ContentSniffer.binaryKind(sb.toString().getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void controlByteHeavyDataIsBinary() {
    byte[] b = new byte[1000];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 10 == 0 ? 0x01 : 'a');
    }
    assertEquals(Optional.of("binary data"), ContentSniffer.binaryKind(b));
  }

  @Test
  void ordinaryHtmlIsText() {
    assertEquals(
        Optional.empty(), ContentSniffer.binaryKind(PAGE.getBytes(Charset.forName("GBK"))));
    assertEquals(
        Optional.empty(), ContentSniffer.binaryKind(PAGE.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aFewStrayNulsInALargePageAreText() {
    String big = PAGE.repeat(10);
    byte[] b = big.getBytes(StandardCharsets.UTF_8);
    b[100] = 0;
    b[2000] = 0;
    b[3000] = 0;
    b[5000] = 0;
    b[7000] = 0;
    assertEquals(Optional.empty(), ContentSniffer.binaryKind(b));
  }

  @Test
  void utf16TextWithBomIsText() {
    byte[] le = PAGE.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[le.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, withBom, 2, le.length);
    assertEquals(Optional.empty(), ContentSniffer.binaryKind(withBom));
    assertEquals(
        Optional.empty(),
        ContentSniffer.binaryKind(PAGE.getBytes(StandardCharsets.UTF_16))); // BE + BOM
  }

  @Test
  void utf16TextWithoutBomIsText() {
    assertEquals(
        Optional.empty(), ContentSniffer.binaryKind(PAGE.getBytes(StandardCharsets.UTF_16LE)));
  }

  @Test
  void emptyInputIsText() {
    assertEquals(Optional.empty(), ContentSniffer.binaryKind(new byte[0]));
  }
}
