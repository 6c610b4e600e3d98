package org.dyad.knowledge;

import java.util.HashSet;
import java.util.Set;

/**
 * Closed word lists about speech, read by the quotes stage (finding quotes and the words that name
 * their speakers) and by the actors stage (resolving those words to a speaker). Lower-case.
 */
public final class SpeechWords {
    private SpeechWords() {
    }

    /** Verbs that introduce or report speech, writing or a stance taken in words, in every form. */
    public static final Set<String> SAY = withThirdPerson(
            "say said says saying", "add added adds adding", "tell told tells telling",
            "write wrote writes written writing", "note noted notes noting", "warn warned warns warning",
            "insist insisted insists insisting", "stress stressed stresses stressing",
            "claim claimed claims claiming", "argue argued argues arguing",
            "explain explained explains explaining", "announce announced announces announcing",
            "tweet tweeted tweets tweeting", "post posted posts posting", "declare declared declares declaring",
            "state stated states stating", "comment commented comments commenting", "remark remarked remarks",
            "reply replied replies replying", "respond responded responds responding",
            "acknowledge acknowledged acknowledges", "admit admitted admits admitting",
            "confirm confirmed confirms confirming", "deny denied denies denying",
            "report reported reports reporting", "conclude concluded concludes",
            "emphasise emphasised emphasises emphasize emphasized emphasizes",
            "urge urged urges urging", "assert asserted asserts", "suggest suggested suggests",
            "predict predicted predicts", "recall recalled recalls", "vow vowed vows vowing",
            "pledge pledged pledges", "promise promised promises", "call called calls",
            "describe described describes describing", "characterise characterised characterises characterize characterized characterizes", "criticise criticised criticises criticize criticized criticizes",
            "accuse accused accuses accusing", "blame blamed blames", "condemn condemned condemns",
            "dub dubbed dubs", "brand branded brands", "term termed", "ask asked asks",
            "discuss discussed discusses", "agree agreed agrees", "threaten threatened threatens",
            "boast boasted", "complain complained complains", "caution cautioned cautions",
            "observe observed observes", "reiterate reiterated reiterates", "underline underlined underlines",
            "maintain maintained maintains", "cite cited cites citing", "publish published publishes",
            "continue continued continues", "quip quipped", "muse mused", "contend contended contends",
            "counter countered", "concede conceded concedes", "retort retorted", "recount recounted recounts", "highlight highlighted highlights",
            "confide confided confides", "lament lamented laments", "joke joked jokes", "exclaim exclaimed",
            "shout shouted", "whisper whispered", "sigh sighed", "plead pleaded pleads");

    /** Verbs that may come before their subject after a quote ("“...,” said Barrot"). */
    public static final Set<String> INVERTED = forms("say said says add added adds write wrote writes tell told",
            "ask asked explain explained note noted continue continued insist insisted reply replied",
            "warn warned argue argued recall recalled declare declared state stated",
            "confided lamented joked exclaimed shouted whispered sighed pleaded quipped recounted");

    /** Verbs through which an outlet is named as the source of a report ("Le Monde reports"). */
    public static final Set<String> REPORT = forms("report reported reports", "write wrote writes",
            "cite cited cites", "publish published publishes");

    /** Words that mean "the publication this article cites". */
    public static final Set<String> MEDIA = forms("article articles publication newspaper paper outlet magazine",
            "authors author journalists journal daily broadcaster report media");

    /** Role nouns whose definite form ("the spokesman") refers back to an earlier speaker. */
    public static final Set<String> ROLES = forms("spokesman spokeswoman spokesperson spokespeople",
            "diplomat diplomats source sources official officials aide aides adviser advisers advisor",
            "envoy minister ministry ambassador spokesmen insider insiders analyst analysts expert",
            "president premier chancellor secretary general commander leader statement");

    /**
     * Verbs of a stance that quote words only with "as" before the quotation ("he sees the levy as a tax
     * on “...”"); without "as" they are no speech ("we saw “...” on the screen").
     */
    public static final Set<String> STANCE_AS = forms("see sees saw seeing", "view views viewed viewing",
            "regard regards regarded regarding");

    /** Works that carry their authors' words ("according to a report by X"): the author, named after "by", speaks. */
    public static final Set<String> WORKS = forms("report reports study studies survey surveys assessment assessments",
            "analysis review paper letter statement");

    /** Documents a speaker issues ("said in a statement"); "the statement said" later means its issuer. */
    public static final Set<String> DOCUMENTS = forms("statement letter communique communiqué declaration memo",
            "memorandum");

    /** What a speaker says or writes, named as a thing ("his comments", "her remarks"): its owner is the speaker. */
    public static final Set<String> UTTERANCES = forms("comment comments remark remarks words statement statements",
            "speech speeches letter interview testimony post tweet message address");

    public static final Set<String> DETS = forms("the a an his her their its our my your this these those");

    public static final Set<String> PRONOUNS = forms("he she they it we i you");

    /** Words that never sit inside a speaker's noun phrase. */
    public static final Set<String> STOP = forms(
            "that which who whom whose when where while if as but because since although though or nor",
            "also has had have having is was were are be been being will would could should may might can",
            "must shall did do does not n't never then later earlier previously again however to in on at",
            "for with by from after before about into over under than so there here what how why once",
            "yet still just even only both either neither all some many most more such very too now today",
            "yesterday tomorrow recently separately repeatedly further reportedly publicly privately",
            "meanwhile instead according asked speaking beyond despite during amid among amongst without within",
            "across through throughout against toward towards until near around like unlike via upon following",
            "besides regarding concerning including");

    /** Between a subject and its verb of saying: auxiliaries and adverbs ("has also said"). */
    public static final Set<String> SKIP = forms("also has have had was is were will would has later then",
            "previously earlier again once recently separately repeatedly further reportedly publicly",
            "privately reportedly had had already subsequently then just n't not never");

    /** Words of a time adjunct ("on Monday", "last week", "in March 2024"). */
    public static final Set<String> TIME = forms("monday tuesday wednesday thursday friday saturday sunday",
            "january february march april may june july august september october november december",
            "week month year morning afternoon evening night weekend today yesterday tonight");

    public static final Set<String> TIME_PREP = forms("on in at last this next during late early");

    /** Titles and honorifics stripped when a short name is expanded to the full one. */
    public static final Set<String> TITLES = forms("mr mrs ms miss dr sir dame lord lady prof professor",
            "president prime minister secretary foreign defence defense home interior finance justice",
            "chancellor chief admiral general gen col colonel senator sen rep representative king queen",
            "prince princess pope deputy vice state commissioner ambassador envoy counterpart leader",
            "premier spokesman spokeswoman mayor governor gov judge sheikh emir crown first lady",
            "french british uk us german russian ukrainian american chinese israeli iranian",
            "italian spanish polish european former new health education trade economy economic environment",
            "culture transport energy agriculture labour labor commerce industry development security",
            "information communications sports youth opposition party leader chairman chairwoman chair",
            "director executive spokesperson officer minister-president acting interim");

    /** The forms given plus a third-person "-s" form of each ("recount" -> "recounts"). */
    private static Set<String> withThirdPerson(String... groups) {
        Set<String> out = new HashSet<>(forms(groups));
        for (String w : forms(groups)) {
            if (!w.endsWith("s") && !w.endsWith("ed") && !w.endsWith("ing")) out.add(w.endsWith("sh") || w.endsWith("ss") ? w + "es" : w + "s");
        }
        return Set.copyOf(out);
    }

    private static Set<String> forms(String... groups) {
        Set<String> out = new HashSet<>();
        for (String g : groups) {
            for (String w : g.trim().split("\\s+")) out.add(w);
        }
        return Set.copyOf(out);
    }

    /**
     * Two surnames are the same, also when one is written with an Arabic article ("al-Bunni", "Bunni",
     * "el-Sisi"): the tokenizer may split it off in one sentence and not in another.
     */
    public static boolean sameSurname(String a, String b) {
        return bareSurname(a).equals(bareSurname(b));
    }

    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile("(al|el|ad|ar|as|at|an|az|ash)[-‐‑](?=\\p{L})");

    private static String bareSurname(String s) {
        String f = s.toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = ARTICLE.matcher(f);
        return m.lookingAt() ? f.substring(m.end()) : f;
    }

    /** A word written as a name: capitalised, or a capitalised name after an Arabic article ("al-Bunni"). */
    public static boolean capitalised(String raw) {
        if (raw.isEmpty()) return false;
        if (Character.isUpperCase(raw.codePointAt(0))) return true;
        java.util.regex.Matcher m = ARTICLE.matcher(raw);
        return m.lookingAt() && m.end() < raw.length() && Character.isUpperCase(raw.codePointAt(m.end()));
    }
}
