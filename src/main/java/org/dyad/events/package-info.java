/**
 * Event coding: who did what to whom in each sentence of an annotated article.
 *
 * <p>{@link org.dyad.events.EventCoder} reads an {@code AnnotatedArticle} and the article's resolved
 * {@code ActorMention}s and returns {@code CodedEvent}s with a PLOVER type, CAMEO code, mode, contexts,
 * a source/target dyad and the anchor token of the event. It sits after the actors stage; the dates
 * and factuality stages then fill each event's date and factuality from its sentence and anchor.
 *
 * <p>How a sentence is coded:
 * <ol>
 *   <li>{@code TriggerFinder} finds triggers - verbs and event nouns - whose lemma, object, particle
 *       and complement match a rule of {@code VerbDictionary}: Dyad's own {@code dyad-verbs.tsv}
 *       (format in its header) and, below it, the single-verb defaults and plain object patterns of
 *       PETRARCH's CAMEO.2.0 dictionary ({@code CameoVerbLexicon}).</li>
 *   <li>{@code EventCoder} resolves chains through to-complements ("refused to sign" is one
 *       refusal, "agreed to restart intelligence sharing" one act of cooperation).</li>
 *   <li>{@code DyadFinder} walks the dependency tree ({@code SentenceGraph}) from each trigger to its
 *       subject, passive agent, objects, "with/to/on/against" phrases, "between X and Y", possessors
 *       and complements; {@code PhraseActors} maps each phrase to the actor mentions it holds.</li>
 *   <li>{@link org.dyad.events.CameoPloverMap} turns the CAMEO code into PLOVER type, mode and
 *       contexts; compound, reciprocal and negated events follow the rules on {@code EventCoder}.</li>
 * </ol>
 * The full PETRARCH pattern engine over constituency trees lives in {@code org.dyad.events.pattern}.
 */
package org.dyad.events;
