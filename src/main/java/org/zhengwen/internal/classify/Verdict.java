package org.zhengwen.internal.classify;

import org.zhengwen.ChromeKind;

/**
 * A classifier's decision that a block is chrome, with what it saw.
 *
 * @param kind the kind of chrome
 * @param detail the rule and evidence, for people ({@code "marker 相关推荐"})
 */
public record Verdict(ChromeKind kind, String detail) {}
