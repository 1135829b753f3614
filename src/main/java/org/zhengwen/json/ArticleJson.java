package org.zhengwen.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.zhengwen.Article;
import org.zhengwen.Comment;
import org.zhengwen.Encoding;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Rejected;
import org.zhengwen.RemovedBlock;
import org.zhengwen.internal.ArticleField;

/**
 * Writes {@link Article}s and results as JSON with the fields, in order: {@code title, subtitle,
 * published, modified, source, authors, editor, url, canonical_url, hostname, site_name,
 * description, image, tags, section, language, encoding, page_type, paragraphs}. Absent values are
 * {@code null}, absent lists {@code []}. Dates are ISO-8601 at the precision the page gave, with
 * the offset when the page stated one ({@code 2024-03-01T23:30:00-05:00}) and local when it did not
 * ({@code 2024-03-01T23:30}). Thread-safe.
 */
public final class ArticleJson {
  /** The article fields, in the order they are written. */
  public static final List<String> ARTICLE_FIELDS = ArticleField.jsonNames();

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * One array item per line and '\n' line ends on every platform, so golden-file diffs read well.
   */
  private static final ObjectWriter PRETTY =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withArrayIndenter(new DefaultIndenter("  ", "\n"))
              .withObjectIndenter(new DefaultIndenter("  ", "\n")));

  private ArticleJson() {}

  /** The article as a JSON object node. */
  public static ObjectNode toNode(Article a) {
    ObjectNode o = MAPPER.createObjectNode();
    for (ArticleField f : ArticleField.values()) {
      if (f.isList()) {
        strings(o.putArray(f.jsonName()), f.values(a));
      } else {
        o.put(f.jsonName(), f.value(a));
      }
    }
    if (!a.comments().isEmpty()) {
      // Only when asked for and found, so records of extractors without comments keep their shape.
      ArrayNode comments = o.putArray("comments");
      for (Comment c : a.comments()) {
        comments
            .addObject()
            .put("author", c.author().orElse(null))
            .put("published", c.published().map(Object::toString).orElse(null))
            .put("text", c.text());
      }
    }
    return o;
  }

  /**
   * A result as the command line writes it: {@code input}, {@code status} ({@code ok} or {@code
   * error}), then the article fields, or {@code error} and {@code reason} for a rejection.
   *
   * @param input where the page came from, as the user named it
   * @param result the extraction result
   * @param explain whether to add {@code removed}: every removed block with its reason
   */
  public static ObjectNode toNode(String input, ExtractionResult result, boolean explain) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("input", input);
    if (result instanceof Extracted e) {
      o.put("status", "ok");
      o.put("confidence", e.confidence());
      o.setAll(toNode(e.article()));
      if (explain) {
        strings(o.putArray("decisions"), e.decisions());
        ArrayNode removed = o.putArray("removed");
        for (RemovedBlock r : e.removed()) {
          removed
              .addObject()
              .put("reason", r.reason().name())
              .put("detail", r.detail())
              .put("text", r.text());
        }
      }
    } else if (result instanceof Rejected r) {
      o.put("status", "error");
      o.put("reason", r.reason().name());
      o.put("error", r.message());
      o.put("encoding", r.encoding().map(Encoding::name).orElse(null));
    }
    return o;
  }

  /** An error record for an input that could not even be read. */
  public static ObjectNode errorNode(String input, String reason, String message) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("input", input);
    o.put("status", "error");
    o.put("reason", reason);
    o.put("error", message);
    return o;
  }

  /** One line of JSON (no line breaks inside). */
  public static String toLine(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot happen for a tree of plain values", e);
    }
  }

  /** Indented JSON, as golden files are written; ends with a newline. */
  public static String toPrettyString(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot happen for a tree of plain values", e);
    }
  }

  /**
   * Parses JSON text.
   *
   * @throws IllegalArgumentException if the text is not JSON
   */
  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The value of a text field of an article node, if present and not null. */
  public static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
