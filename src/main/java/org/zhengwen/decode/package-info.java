/**
 * Step one of the pipeline: raw page bytes to text, with the charset used and how it was chosen.
 * The text is decoded on demand, whole or as a stream. Usable on its own, for example to give other
 * tools the same decoded text.
 */
@NullMarked
package org.zhengwen.decode;

import org.jspecify.annotations.NullMarked;
