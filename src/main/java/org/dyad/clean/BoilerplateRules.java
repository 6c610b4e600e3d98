package org.dyad.clean;

import org.dyad.article.RemovalReason;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Context-free rules: what a single line is, judged by its own words. Each rule names a kind of page
 * debris by its wording, never by a site or an article. Rules that could match prose are capped by
 * length, so a real paragraph that happens to start like debris survives.
 */
final class BoilerplateRules {

    private record Rule(RemovalReason reason, int maxWords, Pattern pattern) {
        boolean matches(String line, int words) {
            return words <= maxWords && pattern.matcher(line).find();
        }
    }

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MONTH = "(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
            + "|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)";
    private static final String WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
    private static final String AGENCIES = "(?:getty(?: images)?|afp|reuters|ap|epa(?:-efe)?|shutterstock|alamy"
            + "|pa(?: wire| images| media)?|bloomberg|anadolu(?: agency)?|xinhua|tass|sipa|zuma|ddp|dpa|ani|pti"
            + "|handout|pool|wpa pool|via reuters|sputnik|imago|nurphoto|sopa images)";

    /** Words that make a whole short line page furniture. */
    private static final String NAV_WORDS = "(?:home|menu|search(?: for)?|sections?|navigation|skip to (?:main )?content"
            + "|skip to navigation|back to top(?: button)?|top|next|previous|prev|next (?:article|story|post)"
            + "|previous (?:article|story|post)|sort(?:ing)? by.*|filter by.*|(?:show|load|see|view|read) (?:more|all)"
            + "|close|open|toggle navigation|expand|collapse|log ?in|log ?out|sign ?in|sign ?up|register|my account"
            + "|account|profile|settings|edition|change edition|select language|languages?|tags?|topics?"
            + "|categor(?:y|ies)|archives?|latest|live|video|videos|audio|podcasts?|photos?|gallery|watch live"
            + "|listen|listen live|print|email|e-mail|share|shares|share this|share this (?:article|story|page|post)"
            + "|share on .{1,20}|share via .{1,20}|tweet|facebook|twitter|x|whatsapp|telegram|linkedin|pinterest"
            + "|reddit|messenger|copy link|link copied|copied|comments?|\\d+ comments?|view comments|show comments"
            + "|leave a (?:comment|reply)|add (?:a )?comment|reply|like|follow|follow us|subscribe|newsletters?"
            + "|contact(?: us)?|about(?: us)?|careers|advertise(?: with us)?|privacy|privacy policy|terms"
            + "|terms (?:of|and) (?:use|service|conditions)|cookie (?:settings|policy)|accessibility|sitemap|rss"
            + "|help|faq|spread the love|(?:prev|previous|next) (?:post|page)|print this (?:page|article|story)|email this (?:page|article|story)|save(?: article| for later)?"
            + "|saved|bookmark|gift (?:this )?article|hide caption|toggle caption|enlarge(?: this image)?"
            + "|view (?:image|gallery|in fullscreen)|open gallery|loading\\.*|published|updated|posted|last updated|first published|world|news|politics|business|sport|sports|opinion|culture|lifestyle|science|tech"
            + "|technology|health|entertainment|travel|weather|local|national|international|europe|asia|africa"
            + "|americas|middle east|uk|us|markets|economy|more|español|français|deutsch|english"
            + "|українська|русский|中文|日本語)";

    // "READ MORE: <other story's headline>"; if a sentence of prose follows, scraping glued the
    // link to a paragraph, and the paragraph must not be lost with it
    private static final Rule LINK_PREFIX = new Rule(RemovalReason.BOILERPLATE, 40, Pattern.compile("^(?!.*\\b\\p{Ll}{3,}[.!?][\"”’]?\\s+\\p{Lu})"
                    + "(?:read more|read also|also read|read next|read|see also"
                    + "|related|related (?:article|story|news|content|coverage|reading)|more|watch|watch now|watch video"
                    + "|listen|video|must read|must watch|don'?t miss|recommended|top story|click here|more on this(?: story)?"
                    + "|more from .{1,30}|also see|also watch|also on .{1,30}|sponsored|promoted|advertisement"
                    + "|next (?:article|story|post)|previous (?:article|story|post)|up next|photos|gallery|in pictures"
                    + "|live updates|live blog|podcast|explainer|(?:à )?lire aussi|voir aussi|lesen sie auch|mehr zum thema|lee también|leer también|leggi anche"
                    + "|читайте (?:также|також)|читати також|дивіться також|関連記事|相关阅读)"
                    + "\\s*(?::|\\||»|›|>|-{1,2}|–|—)\\s*\\S", CI));

    /** "Reporting by Sarah Marsh; Editing by Toby Chopra" (checked further: only names follow). */
    private static final Rule CREDITS = new Rule(RemovalReason.FOOTER, 45, Pattern.compile(
            "^\\(?(?:reporting|additional reporting|writing|editing|compiled|edited|reporting and writing)\\s+by\\b", CI));
    /** "Jane Doe in Kyiv contributed to this report." alone on its line (checked further: a name before it). */
    private static final Rule CONTRIBUTED = new Rule(RemovalReason.FOOTER, 30, Pattern.compile(
            "^[^.!?“”\"]{0,200}\\bcontributed (?:to )?(?:this |the )?(?:report|story|article|reporting)(?:ing)?\\b[^.!?]*[.!?]?$", CI));
    /** Lower-case words that may sit among the names of a credit line. */
    private static final java.util.Set<String> CREDIT_WORDS = java.util.Set.of("by", "and", "in", "of", "from", "at", "for",
            "with", "additional", "reporting", "editing", "writing", "compiled", "edited", "writer", "writers", "reporter",
            "reporters", "correspondent", "correspondents", "staff", "service", "bureau", "producer", "contributed", "to",
            "this", "the", "report", "story", "article", "which", "originated", "on", "respectively", "de", "van", "von",
            "al", "bin", "da", "el", "la", "le", "der");

    /** Every lower-case word is one a credit line uses: "the BBC has revealed" is prose, not a credit. */
    private static boolean isCreditLine(String line) {
        for (String w : line.split("[\\s;,()|.]+")) {
            if (w.isEmpty() || !Character.isLowerCase(w.codePointAt(0))) continue;
            if (!CREDIT_WORDS.contains(w.replaceAll("['’]s$", ""))) return false;
        }
        return true;
    }

    private static final List<Rule> RULES = List.of(
            // navigation: whole short lines of page furniture, breadcrumbs, relative timestamps, reading time
            new Rule(RemovalReason.NAVIGATION, 6, Pattern.compile("^" + NAV_WORDS + "\\s*[:.!›»>|…]*$", CI)),
            new Rule(RemovalReason.NAVIGATION, 14, Pattern.compile(
                    "^" + NAV_WORDS + "(?:\\s*[|•·/>»›]\\s*" + NAV_WORDS + "){1,}\\s*[:.!›»>|…]*$", CI)),
            // a menu flattened to one line: "Home News Sport Business Culture Travel Video"
            new Rule(RemovalReason.NAVIGATION, 20, Pattern.compile(
                    "^(?:" + NAV_WORDS + "\\s+){2,}" + NAV_WORDS + "$", CI)),
            new Rule(RemovalReason.NAVIGATION, 6, Pattern.compile("^(?:(?:updated|posted|published|last updated)\\s*:?\\s*)?"
                    + "(?:yesterday|today|just now|(?:\\d+|an?|one|two|few)\\s*(?:secs?|seconds?|mins?|minutes?|hrs?|hours?"
                    + "|days?|weeks?|months?|years?)\\s+ago|\\d+\\s*[hmd])$", CI)),
            new Rule(RemovalReason.NAVIGATION, 8, Pattern.compile(
                    "^(?:\\d+\\s*(?:-|to)?\\s*)?\\d*\\s*min(?:ute)?s?(?:\\s+(?:read|listen|watch))?$|^listen to (?:this|the) (?:article|story)"
                    + "|^\\d{1,2}:\\d{2}$|^(?:\\d+\\s+)?(?:photos?|images?|videos?)$|^play video$", CI)),
            new Rule(RemovalReason.NAVIGATION, 6, Pattern.compile("^(?:image|photo|slide|picture)?\\s*\\d{1,3}\\s*(?:of|/)\\s*\\d{1,3}$", CI)),
            new Rule(RemovalReason.NAVIGATION, 14, Pattern.compile("^(?:estimated )?reading time\\s*:?\\s*\\d+.*$"
                    + "|^views?\\s*:?\\s*[\\d,.]+k?$|^[\\d,.]+k?\\s+(?:views|shares|reads)$|press enter to search|press esc to cancel", CI)),
            // embeds and widgets that did not render
            new Rule(RemovalReason.BOILERPLATE, 40, Pattern.compile("^(?:https?://|www\\.)\\S+$|pic\\.twitter\\.com/\\S+$"
                    + "|^[—–-]\\s*[^()]{1,60}\\(@\\w{1,30}\\)\\s*(?:" + MONTH + "|\\w+ \\d)", CI)),
            new Rule(RemovalReason.BOILERPLATE, 25, Pattern.compile("^(?:please enable javascript|javascript is (?:disabled|required)"
                    + "|your browser does not support|this video (?:can ?not|cannot) be played|media playback is (?:unsupported|not supported)"
                    + "|(?:this )?(?:content|embed|video) is not available|loading (?:comments|video)|an error occurred"
                    + "|your email address will not be published|required fields are marked|leave a reply|cancel reply"
                    + "|join the (?:discussion|conversation|debate)|(?:add|post) (?:a |your )?comment|like us on facebook)", CI)),
            // debris that introduces or advertises another page
            LINK_PREFIX,
            new Rule(RemovalReason.BOILERPLATE, 6, Pattern.compile("^(?:advertisement|advertising|sponsored(?: content| stories)?"
                    + "|promoted(?: content| stories)?|paid (?:content|post)|partner content|ad|ads|story continues below(?: advertisement)?"
                    + "|article continues (?:below|after).*|continue reading(?: below)?|scroll (?:down )?to continue.*"
                    + "|content continues below.*|(?:ad )?feedback|report (?:an )?ad|remove ads)$", CI)),
            new Rule(RemovalReason.BOILERPLATE, 50, Pattern.compile("(?:…|\\.\\.\\.|\\s)\\s*(?:read more|continue reading"
                    + "|read (?:the )?full (?:story|article)|читати (?:більше|далі)|читать (?:далее|больше)|lire la suite"
                    + "|weiterlesen|leer más|leggi (?:di più|tutto)|続きを読む|阅读更多)\\s*[»›>…]*$", CI)),
            new Rule(RemovalReason.BOILERPLATE, 30, Pattern.compile("^(?:join|follow)\\s+(?:us|our|the)\\b.*\\b(?:whatsapp|telegram"
                    + "|facebook|twitter|instagram|google news|youtube|tiktok|channel|newsletter|community|group)\\b", CI)),
            new Rule(RemovalReason.BOILERPLATE, 15, Pattern.compile("^follow\\s+\\S+(?:\\s+\\S+){0,3}\\s+on\\s+(?:twitter|x|facebook"
                    + "|instagram|linkedin|threads|bluesky|telegram|google news)\\b", CI)),
            new Rule(RemovalReason.BOILERPLATE, 30, Pattern.compile("^(?:sign up|subscribe|register)\\b.*\\b(?:newsletter|updates"
                    + "|alerts|emails?|inbox|briefing|digest)\\b", CI)),
            new Rule(RemovalReason.BOILERPLATE, 30, Pattern.compile("^(?:get|receive|download|catch|check out)\\s+(?:all\\s+)?(?:the|our)"
                    + "\\b.*\\b(?:newsletter|app|alerts|updates|headlines|news)\\b", CI)),
            // "Share this article on Facebook", but not "Share prices fell"
            new Rule(RemovalReason.BOILERPLATE, 25, Pattern.compile("^(?:share (?:this|on|via|the (?:story|article)|article|story)\\b"
                    + "|share\\s*[:|]|click (?:here|to share)\\b|tap here\\b)", CI)),
            new Rule(RemovalReason.COOKIE_NOTICE, 8, Pattern.compile("^(?:manage (?:cookie |privacy )?(?:preferences|settings)"
                    + "|accept(?: all)?(?: cookies)?|reject all|privacy settings|do not sell my (?:personal )?(?:info|information))$", CI)),
            // footers: provenance and credits after the story
            new Rule(RemovalReason.FOOTER, 30, Pattern.compile("^(?:this|the) (?:article|story|post|piece|content)\\s+(?:is|was|has been)"
                    + "\\s+(?:originally |first )?(?:published|posted|appeared|syndicated|republished)\\b", CI)),
            new Rule(RemovalReason.FOOTER, 30, Pattern.compile("^(?:originally|first) (?:published|posted|appeared) (?:on|in|at|by)\\b", CI)),
            new Rule(RemovalReason.FOOTER, 12, Pattern.compile("^(?:source link|source|sources|via|credit|credits)\\s*(?::\\s*.{1,80})?$", CI)),
            CREDITS,
            CONTRIBUTED,
            new Rule(RemovalReason.FOOTER, 25, Pattern.compile("^(?:©|\\(c\\)|copyright\\b)|all rights reserved\\.?$"
                    + "|^our standards\\s*:|trust principles\\.?$", CI)),
            new Rule(RemovalReason.FOOTER, 80, Pattern.compile("syndicated feed|auto-generated from|^\\(?disclaimer\\s*:"
                    + "|has not been edited by .{1,40} staff", CI)),
            new Rule(RemovalReason.FOOTER, 35, Pattern.compile("^(?:got|have) a (?:story|news tip|tip)\\b|^(?:to )?contact (?:the )?"
                    + "(?:author|reporter|writer|editor)|^(?:email|e-mail|contact)\\s*:\\s*\\S+@\\S+$", CI)),
            new Rule(RemovalReason.FOOTER, 12, Pattern.compile("^\\(?\\s*with inputs? from\\b[^.]{1,60}\\)?\\.?$", CI)),
            new Rule(RemovalReason.FOOTER, 8, Pattern.compile("^(?:editor|editors|edited by|reporter|reporters|writer"
                    + "|translator|web editor|responsible editor|photo editor)\\s*:\\s*[\\p{L} .,'’&-]{2,60}$", CI)),
            new Rule(RemovalReason.FOOTER, 12, Pattern.compile("^(?:tags?|topics?|filed under|categories|category|keywords)\\s*:", CI)),
            // captions and photo credits
            new Rule(RemovalReason.CAPTION, 120, Pattern.compile("^[A-Z][A-Z .'’-]+(?:,\\s*[A-Z][A-Z .'’-]+){0,2}\\s*[-–—]\\s*"
                    + MONTH + "\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?\\s*:")),
            new Rule(RemovalReason.CAPTION, 120, Pattern.compile("\\((?:photo|photograph|image|picture|pic|credit|video|foto)s?"
                    + "\\s*(?:by|:|credit\\s*:)\\s*[^)]{2,120}\\)\\s*\\.?$", CI)),
            new Rule(RemovalReason.CAPTION, 120, Pattern.compile("\\((?:ap|afp|reuters|epa|xinhua|ani|pti|getty)(?: photo)?\\s*/\\s*"
                    + "[^)]{2,80}\\)\\s*\\.?$", CI)),
            new Rule(RemovalReason.CAPTION, 120, Pattern.compile("\\b(?:REUTERS|AFP|AP|EPA|EPA-EFE|XINHUA)\\s*/\\s*[\\p{Lu}][\\p{L}'’.-]+"
                    + "(?:\\s+[\\p{Lu}][\\p{L}'’.-]+){0,3}\\s*\\)?\\.?$")),
            new Rule(RemovalReason.CAPTION, 60, Pattern.compile("[/|]\\s*" + AGENCIES + "(?:\\s+via\\s+" + AGENCIES + ")?\\s*\\)?\\.?$", CI)),
            // a bare agency credit closing the line ("... marching on a street. (AFP)") credits a picture
            new Rule(RemovalReason.CAPTION, 80, Pattern.compile("[.!?]\\s*\\(\\s*" + AGENCIES + "(?:\\s*(?:/|via)\\s*" + AGENCIES
                    + ")*\\s*\\)\\s*\\.?$", CI)),
            // the wire-photo caption shape: what the picture shows, then ", on May 29, 2023." (prose
            // places a full date inside its sentence, not after a comma at its very end)
            new Rule(RemovalReason.CAPTION, 60, Pattern.compile("^[^\"“”]{20,},\\s+(?:on\\s+(?:" + WEEKDAY + ",?\\s+)?|" + WEEKDAY + ",?\\s+)"
                    + MONTH + "\\.?\\s+\\d{1,2},\\s+\\d{4}\\.$", CI)),
            // position markers "(L)", "(centre)" appear in photo captions; "(R)" is left out as it is also a US party tag
            new Rule(RemovalReason.CAPTION, 60, Pattern.compile("\\((?:L|left|right|centre|center|front|back|top|bottom"
                    + "|(?:2nd|3rd|second|third) (?:from )?(?:L|R|left|right)|L to R|L-R|from left|pictured)\\)")),
            new Rule(RemovalReason.CAPTION, 60, Pattern.compile("^FILE(?: PHOTO)?\\s*[:-]|\\b(?i:photo|photograph|image|picture|pic"
                    + "|credit|foto)\\s*(?i:by|:)\\s*\\p{Lu}[^.!?]{1,60}$")),
            new Rule(RemovalReason.CAPTION, 40, Pattern.compile("^(?:image|photo|picture|media|video)\\s+(?:caption|source|credit)s?\\s*[,:]"
                    + "|^(?:photo|photograph|image|picture|pic|credit|file photo|illustration|caption)\\s*:\\s*\\S", CI)),
            new Rule(RemovalReason.CAPTION, 12, Pattern.compile("^(?:photo|image|picture)?\\s*(?:©\\s*)?" + AGENCIES
                    + "(?:\\s*(?:/|via)\\s*" + AGENCIES + ")*$", CI)),
            // cookie and consent notices, in any language: "cookie" plus site/consent wording
            new Rule(RemovalReason.COOKIE_NOTICE, 60, Pattern.compile("^(?=.*\\bcookies?\\b)(?=.*(?:\\b(?:we|site|website|app)"
                    + "\\s+(?:uses?|sets?|places?)\\s+cookies|\\bcookies?\\s+(?:policy|settings|preferences|consent|notice|banner)"
                    + "|\\baccept(?:ing)?\\s+(?:all\\s+)?cookies|\\bby continuing|browsing experience|\\buse of cookies"
                    + "|\\bcookies?\\s+(?:to|help|enable)\\b|utilise des cookies|verwendet cookies|utiliza cookies|utilizza cookie"
                    + "|використовує cookies|использует cookies|файли cookie|файлы cookie|сайт)).*", CI)),
            // paywall prompts
            new Rule(RemovalReason.PAYWALL, 50, Pattern.compile("\\b(?:to continue reading|continue reading (?:with|for|by)"
                    + "|subscribe (?:now|today|to (?:read|continue|unlock|get|access)|for (?:full|unlimited|just))"
                    + "|already (?:a subscriber|subscribed|have an account)|you(?:'ve| have) (?:reached|read|used) (?:your|all|the)\\b.*\\b(?:free|limit)"
                    + "|free articles? (?:left|remaining|this month)|become a (?:subscriber|supporter)"
                    + "|support our journalism|(?:available|reserved|exclusive) (?:only )?(?:to|for) (?:our )?(?:subscribers|premium members|paying members)"
                    + "|subscribers? only|premium (?:content|article)|unlock (?:this (?:article|story)|unlimited access|full access)|start (?:your|a) free trial"
                    + "|(?:log|sign) ?in to (?:read|continue)|register (?:for free )?to (?:read|continue))\\b", CI))
    );

    private BoilerplateRules() {
    }

    /** Names of share targets: a line made only of them is a share bar ("Facebook Twitter Email Print"). */
    private static final java.util.Set<String> SHARE_WORDS = java.util.Set.of("facebook", "twitter", "x", "linkedin",
            "tumblr", "pinterest", "reddit", "vkontakte", "vk", "whatsapp", "telegram", "email", "e-mail", "print",
            "share", "via", "messenger", "copy", "link", "viber", "pocket", "flipboard", "threads", "bluesky",
            "instagram", "youtube", "tiktok", "mastodon", "sms", "mail", "tweet", "google", "news", "sharing");

    private static boolean isShareBar(String line, LineShape shape) {
        if (shape.words() < 2 || shape.words() > 16) return false;
        for (String w : line.toLowerCase(java.util.Locale.ROOT).split("[\\s|•·/,]+"))
            if (!w.isEmpty() && !SHARE_WORDS.contains(w)) return false;
        return true;
    }

    /** The reason this line is debris on its own wording, or null when no rule matches. */
    static RemovalReason match(String line, LineShape shape) {
        if (isShareBar(line, shape)) return RemovalReason.NAVIGATION;
        for (Rule rule : RULES) {
            if (!rule.matches(line, shape.words())) continue;
            // "WATCH: <link text> <a whole sentence>." is a link glued to prose: keep the prose
            if (rule == LINK_PREFIX && shape.words() > 15 && line.endsWith(".")) continue;
            if ((rule == CREDITS || rule == CONTRIBUTED) && !isCreditLine(line)) continue;
            return rule.reason();
        }
        return null;
    }

    private static final Pattern RELATED_MARKER = Pattern.compile("^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)"
            + "|related(?: articles?| stories| news| posts| content| coverage| topics| reading| links| videos)?"
            + "|more (?:stories|news|articles|headlines|videos|from .{1,30}|on this (?:story|topic)|in .{1,30}|like this|to explore)"
            + "|read (?:next|more|also)|also read|see also|recommended(?: for you| stories| articles| reading| videos)?"
            + "|most (?:read|popular|viewed|shared|commented|watched)|trending(?: now| stories| news| topics)?"
            + "|top (?:stories|news|headlines|posts)|latest (?:news|stories|articles|headlines|updates|videos|posts)"
            + "|recent (?:posts|news|stories|articles)|what to read next"
            + "|don'?t miss|editor'?s picks?|(?:in )?other news|popular(?: now| stories| news| posts)?|similar (?:articles|stories)"
            + "|further reading|must read|also (?:on|in) .{1,30}|around the web|from the web|elsewhere on .{1,30}"
            + "|stories you may (?:like|have missed)|(?:news )?you (?:might|may) have missed|explore more|keep reading"
            + "|up next|watch next|next up|in case you missed it|icymi|more like this"
            + "|explore more(?: on (?:this|these) (?:topics?|stories))?|more on (?:this|these) (?:stories|topics?))\\s*[:.»›>…]*$", CI);

    /** True for a line that announces a list of other stories ("You may also like", "Related Articles"). */
    static boolean isRelatedMarker(String line, LineShape shape) {
        return shape.words() <= 7 && RELATED_MARKER.matcher(line).matches();
    }
}
