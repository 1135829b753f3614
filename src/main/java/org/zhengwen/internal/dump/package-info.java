/**
 * The text-dump road's page-level reasoning: where in a page-text dump the article stands (a
 * line-length and text-density profile anchored on title and metadata lines), dump-only chrome
 * shapes (pagers, repeated lines, dated teaser lists), and a plausibility check against a simpler
 * view. Used only for text dumps; the HTML road has its own region chooser.
 */
package org.zhengwen.internal.dump;
