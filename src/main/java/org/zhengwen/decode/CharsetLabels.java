package org.zhengwen.decode;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Maps charset labels found on real pages to the Java charset that decodes such pages correctly.
 * Labels are promoted to their superset as browsers do: a page labelled gb2312 is in practice GBK
 * (characters such as 镕 and 喆 are outside GB2312), big5 pages use HKSCS extensions, and
 * latin1/us-ascii pages use windows-1252 punctuation (the WHATWG Encoding rule).
 */
final class CharsetLabels {
  private static final Map<String, String> PROMOTIONS = promotions();

  /** Only labels Java supports are cached, so the cache is bounded by Java's alias table. */
  private static final Map<String, Charset> CACHE = new ConcurrentHashMap<>();

  private static final String ASCII_PROBE = "<meta charset=\"x\"> azAZ09\n";

  private CharsetLabels() {}

  /** Trims and lower-cases a label, the form kept in {@code Encoding.declared}. */
  static String normalize(String label) {
    return label.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * The charset for a label, after promotion; empty when Java does not know it or when it is
   * neither ASCII-compatible nor UTF-16 (an EBCDIC or UTF-32 label on a page we could read as ASCII
   * cannot be true).
   */
  static Optional<Charset> resolve(String label) {
    String key = normalize(label);
    Charset cached = CACHE.get(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    Charset cs = lookup(PROMOTIONS.getOrDefault(key, key));
    if (cs == null || !(isUtf16(cs) || asciiCompatible(cs))) {
      return Optional.empty();
    }
    CACHE.putIfAbsent(key, cs);
    return Optional.of(cs);
  }

  /** UTF-16 in any byte order; such labels need the bytes to agree before they are believed. */
  static boolean isUtf16(Charset cs) {
    return cs.name().startsWith("UTF-16");
  }

  private static @Nullable Charset lookup(String name) {
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalCharsetNameException e) {
      return null; // junk in a meta tag is not our caller's problem
    }
  }

  private static boolean asciiCompatible(Charset cs) {
    return new String(ASCII_PROBE.getBytes(StandardCharsets.US_ASCII), cs).equals(ASCII_PROBE);
  }

  private static Map<String, String> promotions() {
    Map<String, String> m = new HashMap<>();
    put(
        m,
        "GB18030",
        "gb2312",
        "gbk",
        "x-gbk",
        "cp936",
        "ms936",
        "windows-936",
        "gb_2312-80",
        "gb_2312",
        "gb18030",
        "chinese",
        "csgb2312",
        "csiso58gb231280",
        "iso-ir-58",
        "euc-cn",
        "x-euc-cn",
        "gb-2312");
    put(
        m,
        "Big5-HKSCS",
        "big5",
        "big5-hkscs",
        "big5hkscs",
        "x-x-big5",
        "x-big5",
        "cn-big5",
        "csbig5",
        "cp950",
        "ms950",
        "windows-950",
        "x-windows-950");
    put(
        m,
        "windows-1252",
        "iso-8859-1",
        "iso8859-1",
        "iso88591",
        "iso_8859-1",
        "iso_8859-1:1987",
        "latin1",
        "l1",
        "cp819",
        "ibm819",
        "csisolatin1",
        "iso-ir-100",
        "us-ascii",
        "ascii",
        "ansi_x3.4-1968",
        "cp1252",
        "x-cp1252",
        "windows-1252");
    put(m, "windows-1254", "iso-8859-9", "iso8859-9", "iso88599", "iso_8859-9", "latin5", "l5");
    put(m, "windows-874", "tis-620", "iso-8859-11", "iso8859-11", "dos-874");
    put(
        m,
        "windows-31j",
        "shift_jis",
        "shift-jis",
        "sjis",
        "x-sjis",
        "ms_kanji",
        "csshiftjis",
        "cp932",
        "ms932",
        "windows-31j");
    put(
        m,
        "x-windows-949",
        "euc-kr",
        "cseuckr",
        "korean",
        "ks_c_5601-1987",
        "ks_c_5601-1989",
        "ksc5601",
        "ksc_5601",
        "iso-ir-149",
        "windows-949",
        "cp949");
    put(
        m,
        "UTF-8",
        "utf-8",
        "utf8",
        "unicode-1-1-utf-8",
        "unicode11utf8",
        "unicode20utf8",
        "x-unicode20utf8");
    put(m, "UTF-16", "utf-16", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicodefeff");
    put(m, "UTF-16BE", "utf-16be", "unicodefffe");
    return Map.copyOf(m);
  }

  private static void put(Map<String, String> m, String target, String... labels) {
    for (String label : labels) {
      m.put(label, target);
    }
  }
}
