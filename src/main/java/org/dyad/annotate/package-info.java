/**
 * The annotate stage: the only package that imports Stanford CoreNLP. It runs tokenisation,
 * sentence splitting, POS, lemmas, fine-grained NER with SUTime (only on the stretches around time
 * anchors: {@link org.dyad.annotate.TimeGate}, {@link org.dyad.annotate.TimeWindows}; the KBP gazetteer
 * by {@link org.dyad.annotate.FineGazetteer}; TokensRegex match states sized by
 * {@link org.dyad.annotate.MatchStateSizing}), then the shift-reduce constituency
 * parser and dependencies derived from it (on every sentence, or with
 * {@link org.dyad.annotate.ParseSelection} on those that can name an actor), and converts the result into Dyad's records
 * ({@link org.dyad.article.Sentence} and friends) so that no CoreNLP type leaves this package.
 * {@link org.dyad.annotate.PhoenixStyleParse} is the peer pipeline's parse, for {@code dyad bench --baseline}.
 */
package org.dyad.annotate;
