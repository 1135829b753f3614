package org.zhengwen.internal.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.zhengwen.ChromeKind;

/**
 * Entries of other posts on a single post's page. WordPress names the page's own post in the body's
 * class ({@code postid-1806}) and prints every post entry with its own id and type ({@code
 * post-7816 type-post}): an entry of another post on the page of one post is a teaser of another
 * story (related, popular, next), whatever its container is called or however long its excerpt is.
 * Forum replies and topics (bbPress's {@code type-reply}, {@code type-topic}) are the thread's own
 * posts and are left alone.
 */
final class ForeignPosts {
  private static final String PAGE_POST = "postid-";
  private static final String ENTRY_POST = "post-";
  private static final String ENTRY_TYPE = "type-";

  /**
   * Entry types that are not other stories: a thread's own posts (bbPress) and the page builders'
   * layout entries ({@code type-tdb_templates}, {@code type-elementor_library}, {@code
   * type-wp_block}), which wrap the page's own article. Matched as parts of the type name.
   */
  private static final String[] NOT_STORIES = {
    "reply", "topic", "forum", "template", "library", "layout", "block", "page"
  };

  /** What separates class names; compiled once, as this runs on every entry-like element. */
  private static final Pattern NAMES = Pattern.compile("\\s+");

  private static final ForeignPosts NONE = new ForeignPosts(null);

  private final @Nullable String pagePost;

  private ForeignPosts(@Nullable String pagePost) {
    this.pagePost = pagePost;
  }

  /** Reads the page's own post id from the class of {@code root} (the body), if it names one. */
  static ForeignPosts of(Element root) {
    String id = numberAfter(Attrs.get(root, "class"), PAGE_POST);
    return id == null ? NONE : new ForeignPosts(id);
  }

  /** A {@link ChromeKind#RELATED} match for an entry of another post than the page's, else null. */
  ClassVocabulary.@Nullable Match match(Element el) {
    if (pagePost == null) {
      return null;
    }
    String cls = Attrs.get(el, "class");
    if (cls.indexOf(ENTRY_TYPE) < 0) {
      return null;
    }
    String post = numberAfter(cls, ENTRY_POST);
    if (post == null || post.equals(pagePost) || !isStory(cls)) {
      return null;
    }
    return new ClassVocabulary.Match(
        ChromeKind.RELATED,
        "class="
            + ENTRY_POST
            + post
            + " (another post than the page's "
            + PAGE_POST
            + pagePost
            + ")",
        false,
        "",
        false,
        false);
  }

  /**
   * Whether the entry's {@code type-} name is a story's: present, and none of {@link #NOT_STORIES}.
   */
  private static boolean isStory(String cls) {
    for (String name : NAMES.split(cls)) {
      if (name.startsWith(ENTRY_TYPE)) {
        String type = name.substring(ENTRY_TYPE.length());
        for (String not : NOT_STORIES) {
          if (type.contains(not)) {
            return false;
          }
        }
        return !type.isEmpty();
      }
    }
    return false;
  }

  /**
   * The digits of the class name {@code prefix}N, or null when no name is that prefix and a number.
   */
  private static @Nullable String numberAfter(String cls, String prefix) {
    for (String name : NAMES.split(cls)) {
      if (name.length() > prefix.length()
          && name.startsWith(prefix)
          && name.chars().skip(prefix.length()).allMatch(c -> c >= '0' && c <= '9')) {
        return name.substring(prefix.length());
      }
    }
    return null;
  }
}
