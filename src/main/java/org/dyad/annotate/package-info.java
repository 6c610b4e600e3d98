/**
 * The annotate stage: the only package that imports Stanford CoreNLP. It runs tokenisation,
 * sentence splitting, POS, lemmas, fine-grained NER with SUTime, the shift-reduce constituency
 * parser and dependencies derived from it, and converts the result into Dyad's records
 * ({@link org.dyad.article.Sentence} and friends) so that no CoreNLP type leaves this package.
 */
package org.dyad.annotate;
