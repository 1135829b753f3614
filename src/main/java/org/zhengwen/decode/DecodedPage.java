package org.zhengwen.decode;

import org.zhengwen.Encoding;

/**
 * A page's bytes decoded to text.
 *
 * @param text the decoded text, without any byte-order mark
 * @param encoding the charset used and how it was chosen
 */
public record DecodedPage(String text, Encoding encoding) {}
