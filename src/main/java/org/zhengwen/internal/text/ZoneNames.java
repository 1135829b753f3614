package org.zhengwen.internal.text;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Zone names written beside a time ({@code EST}, {@code ET}, {@code CST}, {@code 北京时间}) and the
 * offsets they name, from {@code zone-offsets.tsv}. A name that means one zone wherever it is
 * written is resolved always; an ambiguous one ({@code CST}: China or North America) only with a
 * {@link Hint} that picks one meaning, else not at all. Thread-safe.
 */
public final class ZoneNames {

  /**
   * What a page says about where it is from, to pick the meaning of an ambiguous zone name.
   *
   * @param language the page's language tag ({@code zh-CN}, {@code en-US}), or empty
   * @param host the page's host name ({@code news.example.cn}), or empty
   */
  public record Hint(String language, String host) {
    /** No hint: only unambiguous names are resolved. */
    public static final Hint NONE = new Hint("", "");

    /** Lower-cases both parts. */
    public Hint {
      language = language.toLowerCase(Locale.ROOT);
      host = host.toLowerCase(Locale.ROOT);
    }

    private boolean matches(String condition) {
      if (condition.startsWith("lang:")) {
        String want = condition.substring("lang:".length());
        return language.equals(want) || language.startsWith(want + "-");
      }
      if (condition.startsWith("tld:")) {
        return host.endsWith("." + condition.substring("tld:".length()));
      }
      return false;
    }
  }

  /** One meaning of a name: a zone, and the hints that pick it (none: it is the only one). */
  private record Meaning(ZoneId zone, List<String> hints) {}

  private static final Map<String, List<Meaning>> NAMES = load();

  private ZoneNames() {}

  /** Whether {@code word} (any case) is a zone name of the list, ambiguous or not. */
  public static boolean isZoneName(String word) {
    return NAMES.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The offset {@code name} stands for at the local date-time {@code at}, or empty when it is not a
   * zone name or is ambiguous and {@code hint} picks none of its meanings.
   */
  public static Optional<ZoneOffset> offset(String name, LocalDateTime at, Hint hint) {
    List<Meaning> meanings = NAMES.get(name.toLowerCase(Locale.ROOT));
    if (meanings == null) {
      return Optional.empty();
    }
    for (Meaning m : meanings) {
      if (m.hints().isEmpty() && meanings.size() == 1
          || m.hints().stream().anyMatch(hint::matches)) {
        return Optional.of(m.zone().getRules().getOffset(at));
      }
    }
    return Optional.empty();
  }

  private static Map<String, List<Meaning>> load() {
    Map<String, List<Meaning>> names = new HashMap<>();
    for (String[] row : DataFiles.rows(ZoneNames.class, "zone-offsets.tsv", 3)) {
      List<String> hints = row[2].equals("-") ? List.of() : List.of(row[2].split(","));
      names
          .computeIfAbsent(row[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(new Meaning(zone(row[1]), hints));
    }
    names.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(names);
  }

  private static ZoneId zone(String spec) {
    try {
      return spec.startsWith("+") || spec.startsWith("-") || spec.equals("Z")
          ? ZoneOffset.of(spec)
          : ZoneId.of(spec);
    } catch (DateTimeException e) {
      throw new IllegalStateException("zone-offsets.tsv: not a zone: " + spec, e);
    }
  }

  /** A numeric offset as pages write it ({@code +08:00}, {@code +0800}, {@code -5}), or null. */
  static @Nullable ZoneOffset numeric(String sign, String hours, @Nullable String minutes) {
    int h = Integer.parseInt(hours);
    int m = minutes == null ? 0 : Integer.parseInt(minutes);
    if (h > 14 || m > 59) {
      return null;
    }
    int seconds = (h * 3600 + m * 60) * (sign.equals("-") ? -1 : 1);
    return ZoneOffset.ofTotalSeconds(seconds);
  }
}
