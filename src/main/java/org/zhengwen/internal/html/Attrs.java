package org.zhengwen.internal.html;

import org.jsoup.nodes.Element;

/**
 * Attribute reads for the per-element hot paths. jsoup's {@code Element.attr(key)} matches names
 * ignoring case, a case-folding comparison against every attribute of every element, several times
 * per element in one walk. The HTML parser already lower-cases attribute names, so an exact match
 * on a lower-case key finds the same attribute.
 */
final class Attrs {
  private Attrs() {}

  /** The value of the attribute named {@code lowerKey}, or "" when absent. */
  static String get(Element el, String lowerKey) {
    return el.attributesSize() == 0 ? "" : el.attributes().get(lowerKey);
  }

  /** Whether the element has the attribute named {@code lowerKey}. */
  static boolean has(Element el, String lowerKey) {
    return el.attributesSize() > 0 && el.attributes().hasKey(lowerKey);
  }
}
