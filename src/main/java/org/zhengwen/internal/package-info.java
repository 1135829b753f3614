/**
 * Internal implementation of zhengwen. Not API: anything here may change in any release. Don't
 * depend on it.
 */
@NullMarked
package org.zhengwen.internal;

import org.jspecify.annotations.NullMarked;
