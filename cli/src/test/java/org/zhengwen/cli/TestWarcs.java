package org.zhengwen.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes WARC files for tests with jwarc, remembering where each record starts. Public, and shipped
 * in the library's test jar, so that the Spark sub-project's tests write their WARCs the same way.
 */
public final class TestWarcs {
  public static final Charset GBK = Charset.forName("GBK");

  private TestWarcs() {}

  /** A written WARC: its path, its records in order and each record's start offset. */
  public record Written(Path path, List<WarcRecord> records, List<Long> offsets) {
    /** Cuts {@code n} bytes off the end of the file. */
    public void truncate(int n) throws IOException {
      byte[] all = Files.readAllBytes(path);
      Files.write(path, Arrays.copyOf(all, all.length - n));
    }

    /** Overwrites bytes in the middle of record {@code i} with garbage. */
    public void damage(int i) throws IOException {
      byte[] all = Files.readAllBytes(path);
      long end = i + 1 < offsets.size() ? offsets.get(i + 1) : all.length;
      int mid = (int) ((offsets.get(i) + end) / 2);
      for (int k = mid - 8; k < mid + 8; k++) {
        all[k] = (byte) 0xA5;
      }
      Files.write(path, all);
    }
  }

  public static Written write(Path path, WarcCompression compression, List<WarcRecord> records)
      throws IOException {
    List<Long> offsets = new ArrayList<>();
    try (FileChannel channel =
            FileChannel.open(
                path,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter writer = new WarcWriter(channel, compression)) {
      for (WarcRecord r : records) {
        offsets.add(writer.position());
        writer.write(r);
      }
    }
    return new Written(path, records, offsets);
  }

  public static WarcResponse response(String uri, String contentType, byte[] body)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
    return new WarcResponse.Builder(URI.create(uri)).body(http).build();
  }

  public static WarcResponse html(String uri, String html) throws IOException {
    return response(uri, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  public static WarcRequest request(String uri) throws IOException {
    URI u = URI.create(uri);
    HttpRequest http =
        new HttpRequest.Builder("GET", u.getRawPath()).addHeader("Host", u.getHost()).build();
    return new WarcRequest.Builder(u).body(http).build();
  }

  public static WarcResource resource(String uri, String contentType, byte[] body) {
    return new WarcResource.Builder(URI.create(uri))
        .body(MediaType.parse(contentType), body)
        .build();
  }

  /** The record id as the CLI writes it: {@code urn:uuid:…}, no angle brackets. */
  public static String id(WarcRecord r) {
    return r.id().toString();
  }

  /** A small but real PDF header, enough for any sniffer. */
  public static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** A metadata record about {@code uri}: never a page. */
  public static WarcMetadata metadata(String uri) {
    byte[] fields = "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.US_ASCII);
    return new WarcMetadata.Builder()
        .targetURI(URI.create(uri))
        .body(MediaType.parse("application/warc-fields"), fields)
        .build();
  }

  /** A warcinfo record: never a page. */
  public static Warcinfo warcinfo() {
    byte[] fields = "software: zhengwen-test\r\n".getBytes(StandardCharsets.US_ASCII);
    return new Warcinfo.Builder().body(MediaType.parse("application/warc-fields"), fields).build();
  }
}
