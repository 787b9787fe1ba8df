package org.songngu.core.align;

/**
 * A word or number of a sentence.
 *
 * @param text the token as written
 * @param number true for numbers, dates and other digit groups
 * @param capitalized true when a word starts with a capital letter and is not the sentence's first word
 */
record Token(String text, boolean number, boolean capitalized) {
}
