//! Parts language: rewrites of blaming sentences into ones that speak for a part, and the
//! gentle guidance given on a practice response.
//!
//! Everything here is rule-based. A text is split into sentences and into lowercase words
//! (curly apostrophes made straight, contractions opened up, so "you’re" becomes "you are"),
//! and small hand-written patterns are matched over those words. Only the first
//! [`MAX_CHARS_LOOKED_AT`] characters of a text are read, and [`rewrite`] stops after
//! [`MAX_BLAMES`] blaming phrases, so the work stays small whatever is pasted in.

use std::ops::Range;

/// How many characters of a text are read; the rest is left as it is.
pub const MAX_CHARS_LOOKED_AT: usize = 10_000;

/// How many blaming phrases [`rewrite`] offers suggestions for, at most.
pub const MAX_BLAMES: usize = 8;

/// How many of the user's own words are kept in a suggestion before it is cut with "…".
const REST_MAX_WORDS: usize = 12;

/// A kind of blaming phrase that the parts-language helper knows how to soften.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlameRule {
    /// "You always …", "Why do you always …", "You're always …".
    Always,
    /// "You never …", "You've never …", "You're never …".
    Never,
    /// "You made me …", "You make me feel …".
    MadeMe,
    /// "You're so …", "You are so …".
    YoureSo,
    /// "You're such a …".
    YoureSuch,
    /// "Why can't you …", "Why won't you …", "Why don't you ever …".
    WhyCantYou,
    /// "… because of you", "It's your fault …".
    BecauseOfYou,
    /// "You don't care", "You do not listen" and a few other verbs.
    YouDont,
}

impl BlameRule {
    /// Every rule, in the order the helper lists them.
    pub const ALL: [BlameRule; 8] = [
        BlameRule::Always,
        BlameRule::Never,
        BlameRule::MadeMe,
        BlameRule::YoureSo,
        BlameRule::YoureSuch,
        BlameRule::WhyCantYou,
        BlameRule::BecauseOfYou,
        BlameRule::YouDont,
    ];

    /// A short name for the rule, as shown above its suggestions.
    pub fn label(self) -> &'static str {
        match self {
            BlameRule::Always => "“You always…”",
            BlameRule::Never => "“You never…”",
            BlameRule::MadeMe => "“You made me…”",
            BlameRule::YoureSo => "“You're so…”",
            BlameRule::YoureSuch => "“You're such a…”",
            BlameRule::WhyCantYou => "“Why can't you…”",
            BlameRule::BecauseOfYou => "“Because of you…”",
            BlameRule::YouDont => "“You don't…”",
        }
    }

    /// One warm sentence saying why the rewrite may land more gently.
    fn why(self) -> &'static str {
        match self {
            BlameRule::Always => {
                "“Always” sums up a whole person. Speaking for your part about this moment is easier to hear."
            }
            BlameRule::Never => {
                "“Never” leaves no room for the times they tried. Speaking for your part invites them closer."
            }
            BlameRule::MadeMe => {
                "Saying a part of you felt it keeps the feeling yours, and still tells them it mattered."
            }
            BlameRule::YoureSo => {
                "A label asks for a defence. Sharing what your part feels asks for care."
            }
            BlameRule::YoureSuch => {
                "Calling someone a name asks for a defence. Sharing what your part feels asks for care."
            }
            BlameRule::WhyCantYou => {
                "“Why can't you” can land as an accusation. Naming the longing turns it into an invitation."
            }
            BlameRule::BecauseOfYou => {
                "Blame starts an argument about fault. Naming your part's feeling starts a conversation."
            }
            BlameRule::YouDont => {
                "“You don't” tells them what is inside them. Saying how it seems to your part leaves room for their side."
            }
        }
    }
}

/// One suggested rewrite of a blaming phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rewrite {
    /// Which kind of blaming phrase was found.
    pub rule: BlameRule,
    /// The blaming words as the user typed them, such as "You never" or "you're so selfish".
    pub found: String,
    /// A sentence that speaks for a part instead. It is an example to adapt; "…" marks a
    /// place for the user to finish in their own words.
    pub suggestion: String,
    /// One short, warm sentence explaining the change.
    pub why: &'static str,
}

/// Suggests ways to say a blaming sentence so that it speaks *for* a part of the user.
///
/// Each blaming phrase found gives one to three suggestions, best first; phrases are
/// listed in the order they appear. Sentences that already speak for a part ("a part of
/// me …"), "I" statements, praise, thanks, plain questions ("Do you always take the
/// bus?") and kind words ("you're so thoughtful") are left alone, so they give nothing.
pub fn rewrite(sentence: &str) -> Vec<Rewrite> {
    let text = looked_at(sentence);
    let mut out: Vec<Rewrite> = Vec::new();
    let mut blames = 0;
    for words in sentences(text) {
        let scan = Scan::new(text, &words);
        if scan.speaks_for_part() {
            continue;
        }
        for blame in scan.blames() {
            if blames == MAX_BLAMES {
                return out;
            }
            blames += 1;
            let found = scan.typed(blame.words.clone());
            for suggestion in blame.suggestions {
                if out.iter().any(|r| r.suggestion == suggestion) {
                    continue;
                }
                out.push(Rewrite {
                    rule: blame.rule,
                    found: found.to_owned(),
                    suggestion,
                    why: blame.rule.why(),
                });
            }
        }
    }
    out
}

/// Something gentle guidance looks for in a practice response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Check {
    /// The response speaks *for* a part ("a part of me got scared") rather than *from* it
    /// (shouting, insults, blame).
    SpeaksForPart,
    /// The response acknowledges the other person's experience.
    AcknowledgesImpact,
    /// An apology is not taken back by a "but" in the same sentence.
    NoButAfterApology,
    /// The response avoids "you always" and "you never".
    NoAlwaysNever,
    /// The response offers a next step.
    OffersNextStep,
}

impl Check {
    /// Every check, in the order [`guidance`] returns them.
    pub const ALL: [Check; 5] = [
        Check::SpeaksForPart,
        Check::AcknowledgesImpact,
        Check::NoButAfterApology,
        Check::NoAlwaysNever,
        Check::OffersNextStep,
    ];

    /// A short name for the check, as shown beside its note.
    pub fn label(self) -> &'static str {
        match self {
            Check::SpeaksForPart => "Speaking for a part",
            Check::AcknowledgesImpact => "Their side of it",
            Check::NoButAfterApology => "An apology without “but”",
            Check::NoAlwaysNever => "This time, not “always”",
            Check::OffersNextStep => "A next step",
        }
    }
}

/// What one check noticed about a practice response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Guidance {
    /// Which check this is.
    pub check: Check,
    /// Whether the response already does what the check looks for.
    pub met: bool,
    /// A warm note written for this outcome.
    pub note: &'static str,
}

/// Gentle guidance on a practice response: all five [`Check`]s, in the order of
/// [`Check::ALL`]. An empty response (or one with no words) gives an empty list, so that
/// the screen can ask for a response instead.
pub fn guidance(response: &str) -> Vec<Guidance> {
    let text = looked_at(response);
    let sentences = sentences(text);
    if sentences.is_empty() {
        return Vec::new();
    }
    let scans: Vec<Scan<'_>> = sentences
        .iter()
        .map(|words| Scan::new(text, words))
        .collect();

    let names_a_part = scans.iter().any(Scan::names_a_part);
    let speaks_from_part = shouts(text)
        || scans
            .iter()
            .any(|s| s.insults() || (!s.speaks_for_part() && !s.blames().is_empty()));
    let speaks_for_part = if speaks_from_part {
        Guidance {
            check: Check::SpeaksForPart,
            met: false,
            note: "It sounds like a part of you is speaking right now. You could speak for it instead: “A part of me got scared…”.",
        }
    } else if names_a_part {
        Guidance {
            check: Check::SpeaksForPart,
            met: true,
            note: "You spoke for a part of you, not from it. That makes it easier to hear.",
        }
    } else {
        Guidance {
            check: Check::SpeaksForPart,
            met: false,
            note: "You could try naming the part: “A part of me got scared…”.",
        }
    };

    let acknowledges = scans.iter().any(|s| s.has_any(ACKNOWLEDGE));
    let acknowledges_impact = Guidance {
        check: Check::AcknowledgesImpact,
        met: acknowledges,
        note: if acknowledges {
            "You named how it was for them. That helps them feel seen."
        } else {
            "You could add a line about their side, like “That must have been hard for you.”"
        },
    };

    let no_but = if scans.iter().any(Scan::takes_apology_back) {
        Guidance {
            check: Check::NoButAfterApology,
            met: false,
            note: "A “but” after “sorry” can make the apology hard to hear. You could end the sentence there and say the rest later.",
        }
    } else if scans.iter().any(Scan::apologises) {
        Guidance {
            check: Check::NoButAfterApology,
            met: true,
            note: "Your apology stands on its own, with no “but” to take it back.",
        }
    } else {
        Guidance {
            check: Check::NoButAfterApology,
            met: true,
            note: "Nothing is taking your words back. If you apologise, letting it stand on its own helps it land.",
        }
    };

    let absolute = scans.iter().any(|s| {
        s.blames()
            .iter()
            .any(|b| matches!(b.rule, BlameRule::Always | BlameRule::Never))
    });
    let no_always_never = Guidance {
        check: Check::NoAlwaysNever,
        met: !absolute,
        note: if absolute {
            "“Always” and “never” can make it hard to listen. You could speak about this one time."
        } else {
            "You spoke about this moment, not about always or never. That keeps the door open."
        },
    };

    let next_step = scans.iter().any(|s| s.has_any(NEXT_STEP));
    let offers_next_step = Guidance {
        check: Check::OffersNextStep,
        met: next_step,
        note: if next_step {
            "You offered a next step. That shows the relationship can stretch and mend."
        } else {
            "You could add what you'd like to happen next, like “Next time, I'll…” or “Can we try again?”"
        },
    };

    vec![
        speaks_for_part,
        acknowledges_impact,
        no_but,
        no_always_never,
        offers_next_step,
    ]
}

/// One warm line about a practice response as a whole. It depends on how much of the
/// guidance is already met, and never shows a score.
pub fn encouragement(guidance: &[Guidance]) -> &'static str {
    let met = guidance.iter().filter(|g| g.met).count();
    if guidance.is_empty() {
        "Write a response in your own words, and a few gentle notes will appear here."
    } else if met == guidance.len() {
        "This is a warm, full repair. Say it in your own words when the moment comes."
    } else if met * 2 >= guidance.len() {
        "There is a lot of care in this. One small change could help it land even more softly."
    } else if met > 0 {
        "You've made a start. Pick one note that speaks to you and try a small change."
    } else {
        "Thank you for practising. Every try makes the real moment a little easier."
    }
}

/// Phrases that acknowledge the other person's experience, in opened-up lowercase words.
#[rustfmt::skip]
const ACKNOWLEDGE: &[&str] = &[
    "that must have", "must have been", "must have felt", "you must have", "you must be",
    "must be hard", "i can see", "i can imagine", "i see that", "i see how", "i understand",
    "i get why", "i hear you", "i hear that", "makes sense that you", "makes sense you",
    "it hurt you", "hurt you", "you felt", "you were hurt", "you were scared",
    "you were upset", "you were sad", "you got scared", "hard for you", "scary for you",
    "i scared you", "scared you", "frightened you", "upset you", "not fair to you",
    "unfair to you", "not your fault", "how you felt", "how that felt", "how it felt",
    "your feelings", "of course you",
];

/// Phrases that offer a next step, in opened-up lowercase words.
#[rustfmt::skip]
const NEXT_STEP: &[&str] = &[
    "next time", "i will", "i am going to", "can we", "could we", "shall we",
    "would you like", "would it help", "would you be willing", "let us",
    "when you are ready", "try again", "from now on", "i want to", "i would like to",
    "i promise", "how about", "going forward", "i plan to", "what would help",
];

/// Phrases that speak for a part, in opened-up lowercase words.
const PART_PHRASES: &[&str] = &[
    "part of me",
    "parts of me",
    "some of me",
    "i noticed i got",
    "i noticed i was",
    "i noticed a part",
    "i felt",
    "i feel",
];

/// Verbs that are helpers in a question, such as "Do you always take the bus?".
const QUESTION_HELPERS: &[&str] = &[
    "do", "does", "did", "are", "were", "have", "has", "had", "will", "would", "can", "could",
    "should", "shall", "may", "might", "must",
];

/// Words that end the user's own words kept in a suggestion.
const CLAUSE_STOPS: &[&str] = &[
    "and", "but", "because", "cause", "cuz", "so", "or", "while", "whenever", "when", "if", "then",
    "yet", "though", "although", "unless", "until",
];

/// Small words that may sit before a verb without changing the pattern.
const ADVERBS: &[&str] = &[
    "even", "really", "ever", "actually", "once", "truly", "properly", "just", "still",
];

/// Words that only make a feeling stronger.
#[rustfmt::skip]
const INTENSIFIERS: &[&str] = &[
    "so", "such", "very", "really", "just", "damn", "damned", "bloody", "fucking", "effing",
    "freaking", "frickin", "fricking", "incredibly", "utterly", "totally", "unbelievably",
    "ridiculously", "insanely", "super", "extremely", "completely", "absolutely",
];

/// Words that show an "always" or "you made me" is praise: "you always make me laugh".
#[rustfmt::skip]
const PRAISE_WORDS: &[&str] = &[
    "laugh", "laughing", "laughed", "smile", "smiling", "smiled", "grin", "happy",
    "happier", "happiest", "proud", "safe", "loved", "special", "better", "wonderful",
    "amazing", "welcome", "beautiful", "calm", "calmer", "strong", "stronger", "brave",
    "alive", "lucky", "comfortable", "confident", "understood", "valued", "appreciated",
    "wanted", "cheer", "brighten", "grateful", "thankful", "joy", "kind", "kindness",
];

/// Phrases that show praise, in opened-up lowercase words.
#[rustfmt::skip]
const PRAISE_PHRASES: &[&str] = &[
    "there for me", "help me", "have my back", "believe in me", "support me",
    "look out for me", "take care of me", "make my day", "feel good", "so good",
    "know how to", "on time",
];

/// Kind words that follow "you're so" or "you're such a".
#[rustfmt::skip]
const KIND_WORDS: &[&str] = &[
    "kind", "lovely", "thoughtful", "sweet", "funny", "smart", "clever", "beautiful",
    "gorgeous", "handsome", "cute", "generous", "patient", "caring", "brave", "strong",
    "wonderful", "amazing", "good", "great", "gentle", "helpful", "considerate", "wise",
    "talented", "special", "pretty", "cool", "fun", "nice", "warm", "supportive", "loving",
    "awesome", "brilliant", "fantastic", "precious", "dear", "calm", "creative",
    "hardworking", "hard-working", "right", "understanding", "loyal", "honest", "adorable",
    "lucky", "sensible", "organised", "organized", "inspiring", "grounded", "curious",
    "compassionate", "confident", "courageous", "attentive", "forgiving", "good-looking",
    "happy", "perfect", "sweetheart", "angel", "star", "gem", "help", "treasure", "joy",
    "darling", "legend", "hero", "gift", "blessing", "delight", "catch", "sweetie", "love",
];

/// Words after "you're so" that are not a quality of the person: "you're so much better".
const NOT_A_QUALITY: &[&str] = &[
    "not", "much", "many", "far", "close", "long", "that", "the", "a", "an", "to", "sorry", "used",
    "into", "in", "on", "at", "glad", "like", "i", "you",
];

/// Labels for a person, with the feeling a part of the speaker may have underneath.
const LABEL_FEELINGS: &[(&str, &str)] = &[
    ("selfish", "uncared for"),
    ("self-centred", "unseen"),
    ("self-centered", "unseen"),
    ("selfcentered", "unseen"),
    ("lazy", "alone with it"),
    ("mean", "hurt"),
    ("rude", "disrespected"),
    ("cold", "shut out"),
    ("distant", "shut out"),
    ("stubborn", "unheard"),
    ("controlling", "hemmed in"),
    ("annoying", "on edge"),
    ("irritating", "on edge"),
    ("difficult", "stuck"),
    ("insensitive", "hurt"),
    ("inconsiderate", "overlooked"),
    ("thoughtless", "overlooked"),
    ("careless", "unimportant"),
    ("critical", "judged"),
    ("judgmental", "judged"),
    ("judgemental", "judged"),
    ("negative", "weighed down"),
    ("dramatic", "overwhelmed"),
    ("immature", "let down"),
    ("clingy", "crowded"),
    ("needy", "stretched thin"),
    ("demanding", "stretched thin"),
    ("defensive", "unheard"),
    ("arrogant", "small"),
    ("condescending", "small"),
    ("patronising", "small"),
    ("patronizing", "small"),
    ("unfair", "treated unfairly"),
    ("stupid", "frustrated"),
    ("dumb", "frustrated"),
    ("useless", "alone with it"),
    ("boring", "disconnected"),
    ("loud", "overwhelmed"),
    ("messy", "overwhelmed"),
    ("irresponsible", "anxious"),
    ("unreliable", "let down"),
    ("ungrateful", "unappreciated"),
    ("unreasonable", "unheard"),
    ("impatient", "rushed"),
    ("jealous", "mistrusted"),
    ("paranoid", "mistrusted"),
    ("possessive", "hemmed in"),
    ("sensitive", "on edge"),
    ("cruel", "hurt"),
    ("heartless", "hurt"),
    ("harsh", "hurt"),
    ("nasty", "hurt"),
    ("hurtful", "hurt"),
    ("dismissive", "dismissed"),
    ("closed", "shut out"),
    ("secretive", "shut out"),
    ("distracted", "unseen"),
    ("absent", "lonely"),
    ("moody", "on edge"),
    ("grumpy", "on edge"),
    ("aggressive", "scared"),
    ("scary", "scared"),
    ("bossy", "small"),
    ("picky", "judged"),
    ("fussy", "judged"),
    ("forgetful", "forgotten"),
    ("pushy", "pressured"),
    ("rigid", "hemmed in"),
    ("uptight", "on edge"),
    ("ignorant", "misunderstood"),
    ("narrow-minded", "unheard"),
    ("impossible", "stuck"),
    ("hypocritical", "frustrated"),
    ("manipulative", "unsure what to trust"),
    ("dishonest", "unsure what to trust"),
    ("fake", "unsure what to trust"),
    ("uncaring", "uncared for"),
    ("unsupportive", "unsupported"),
    ("unhelpful", "alone with it"),
    ("unkind", "hurt"),
];

/// Names for a person ("you're such a jerk"), with the feeling underneath.
const NAME_FEELINGS: &[(&str, &str)] = &[
    ("jerk", "hurt"),
    ("baby", "frustrated"),
    ("child", "frustrated"),
    ("kid", "frustrated"),
    ("liar", "unsure what to trust"),
    ("hypocrite", "frustrated"),
    ("mess", "overwhelmed"),
    ("pain", "worn out"),
    ("nag", "pressured"),
    ("slob", "alone with it"),
    ("bully", "scared"),
    ("narcissist", "unseen"),
    ("control", "hemmed in"),
    ("idiot", "frustrated"),
    ("drama", "overwhelmed"),
    ("snob", "small"),
    ("brat", "frustrated"),
    ("coward", "alone with it"),
    ("loser", "frustrated"),
    ("know-it-all", "small"),
    ("cheat", "betrayed"),
    ("cheater", "betrayed"),
    ("workaholic", "lonely"),
    ("grump", "on edge"),
];

/// States after "you're always" or "you're never", with the feeling underneath.
const STATE_FEELINGS: &[(&str, &str)] = &[
    ("late", "unimportant"),
    ("busy", "lonely"),
    ("tired", "lonely"),
    ("here", "lonely"),
    ("home", "lonely"),
    ("around", "lonely"),
    ("there", "alone with it"),
    ("working", "lonely"),
    ("right", "unheard"),
    ("angry", "on edge"),
    ("mad", "on edge"),
    ("cross", "on edge"),
];

/// Verbs after "you always", "you never" or "you don't", with the feeling underneath.
const VERB_FEELINGS: &[(&str, &str)] = &[
    ("listen", "unheard"),
    ("hear", "unheard"),
    ("interrupt", "cut off"),
    ("help", "alone with it"),
    ("call", "forgotten"),
    ("text", "forgotten"),
    ("write", "forgotten"),
    ("answer", "ignored"),
    ("reply", "ignored"),
    ("respond", "ignored"),
    ("ask", "overlooked"),
    ("care", "uncared for"),
    ("notice", "unseen"),
    ("see", "unseen"),
    ("look", "unseen"),
    ("understand", "misunderstood"),
    ("appreciate", "unappreciated"),
    ("value", "unappreciated"),
    ("thank", "unappreciated"),
    ("criticise", "judged"),
    ("criticize", "judged"),
    ("judge", "judged"),
    ("correct", "small"),
    ("blame", "blamed"),
    ("yell", "scared"),
    ("shout", "scared"),
    ("scream", "scared"),
    ("snap", "on edge"),
    ("ignore", "invisible"),
    ("forget", "forgotten"),
    ("remember", "forgotten"),
    ("support", "unsupported"),
    ("respect", "disrespected"),
    ("apologise", "unacknowledged"),
    ("apologize", "unacknowledged"),
    ("try", "alone with it"),
    ("trust", "mistrusted"),
    ("believe", "doubted"),
    ("come", "let down"),
    ("cancel", "let down"),
    ("spend", "lonely"),
    ("talk", "shut out"),
    ("share", "shut out"),
    ("tell", "left out"),
    ("include", "left out"),
    ("invite", "left out"),
    ("mock", "small"),
    ("tease", "small"),
    ("lie", "unsure what to trust"),
    ("nag", "pressured"),
    ("push", "pressured"),
    ("rush", "rushed"),
    ("hug", "lonely"),
    ("touch", "lonely"),
    ("kiss", "lonely"),
    ("love", "unloved"),
    ("play", "lonely"),
    ("clean", "alone with it"),
    ("tidy", "alone with it"),
    ("cook", "alone with it"),
    ("wash", "alone with it"),
    ("compare", "not good enough"),
    ("complain", "weighed down"),
    ("argue", "worn out"),
    ("hate", "unwanted"),
];

/// Verbs that "you don't" is blaming with; other uses ("you don't have to") are kind.
#[rustfmt::skip]
const YOU_DONT_VERBS: &[&str] = &[
    "care", "listen", "understand", "help", "love", "respect", "notice", "appreciate",
    "try", "hear", "support", "trust", "value", "ask", "call", "include", "get", "think",
    "see",
];

/// Verbs after "you never" that make it praise: "you never fail to make me smile".
#[rustfmt::skip]
const NEVER_PRAISE: &[&str] = &[
    "fail", "cease", "complain", "judge", "disappoint", "quit", "miss", "forget",
    "criticise", "criticize", "hesitate", "know",
];

/// What a part may be longing for, by the verb after "why can't you".
const LONGINGS: &[(&str, &str)] = &[
    ("help", "for help"),
    ("listen", "to be heard"),
    ("hear", "to be heard"),
    ("understand", "to be understood"),
    ("see", "to be seen"),
    ("notice", "to be seen"),
    ("call", "to hear from you"),
    ("text", "to hear from you"),
    ("write", "to hear from you"),
    ("trust", "to be trusted"),
    ("support", "for support"),
    ("spend", "for time together"),
    ("hug", "for closeness"),
    ("remember", "to be remembered"),
    ("appreciate", "to be appreciated"),
    ("respect", "to feel respected"),
    ("include", "to be included"),
    ("love", "to feel loved"),
    ("care", "to feel cared for"),
    ("clean", "for help"),
    ("tidy", "for help"),
    ("cook", "for help"),
    ("wash", "for help"),
    ("apologise", "for acknowledgement"),
    ("apologize", "for acknowledgement"),
    ("relax", "for calm"),
    ("talk", "to talk with you"),
];

/// Feelings a part may get: "you made me so angry", "I got scared".
#[rustfmt::skip]
const FEELINGS: &[&str] = &[
    "angry", "mad", "furious", "livid", "upset", "sad", "miserable", "anxious", "nervous",
    "scared", "afraid", "frightened", "terrified", "worried", "jealous", "crazy", "insane",
    "frustrated", "annoyed", "irritated", "hurt", "ashamed", "embarrassed", "sick",
    "depressed", "lonely", "stressed", "tired", "exhausted", "confused", "paranoid",
    "insecure", "uncomfortable", "unhappy", "cross", "small", "stupid", "guilty",
    "desperate", "hopeless", "helpless", "resentful", "bitter", "overwhelmed", "defensive",
    "panicky", "tense", "heartbroken", "disappointed", "humiliated", "worthless", "useless",
    "invisible", "unloved", "unwanted",
];

/// Reactions after "you made me": the base form, the past form, and the feeling that
/// pushed a part into it.
const REACTIONS: &[(&str, &str, &str)] = &[
    ("cry", "cried", "hurt"),
    ("yell", "yelled", "overwhelmed"),
    ("shout", "shouted", "overwhelmed"),
    ("scream", "screamed", "overwhelmed"),
    ("snap", "snapped", "overwhelmed"),
    ("explode", "exploded", "overwhelmed"),
    ("lose", "lost", "overwhelmed"),
    ("panic", "panicked", "scared"),
    ("leave", "left", "overwhelmed"),
    ("quit", "quit", "overwhelmed"),
];

/// Common irregular past forms, with their base form.
const IRREGULAR_PAST: &[(&str, &str)] = &[
    ("said", "say"),
    ("did", "do"),
    ("came", "come"),
    ("went", "go"),
    ("told", "tell"),
    ("took", "take"),
    ("gave", "give"),
    ("made", "make"),
    ("got", "get"),
    ("thought", "think"),
    ("heard", "hear"),
    ("left", "leave"),
    ("brought", "bring"),
    ("bought", "buy"),
    ("saw", "see"),
    ("knew", "know"),
    ("sent", "send"),
    ("spent", "spend"),
    ("kept", "keep"),
    ("forgot", "forget"),
    ("understood", "understand"),
    ("wrote", "write"),
    ("felt", "feel"),
    ("paid", "pay"),
    ("met", "meet"),
    ("lost", "lose"),
    ("taught", "teach"),
    ("caught", "catch"),
    ("held", "hold"),
    ("ran", "run"),
    ("sat", "sit"),
];

/// Common regular verbs not in [`VERB_FEELINGS`], so that their past can be undone.
const OTHER_VERBS: &[&str] = &[
    "want", "like", "visit", "offer", "plan", "check", "pick", "walk", "open", "close", "finish",
    "start", "work", "stay", "wait", "turn", "watch", "change", "join", "show", "act", "agree",
    "allow", "hold", "kiss", "move", "need", "order", "pay", "pull", "return", "share", "smile",
    "thank", "use", "stop", "ask",
];

/// Names and words that speak from an angry part rather than for it.
const INSULTS: &[&str] = &[
    "idiot", "moron", "jerk", "loser", "bitch", "bastard", "asshole", "arsehole", "fool",
    "dickhead", "prick", "twat", "psycho",
];

/// Phrases that speak from an angry part, in opened-up lowercase words.
const INSULT_PHRASES: &[&str] = &[
    "shut up",
    "hate you",
    "screw you",
    "fuck you",
    "piss off",
    "get lost",
    "grow up",
];

/// Words that are insults when aimed at "you": "you're pathetic".
#[rustfmt::skip]
const INSULT_LABELS: &[&str] = &[
    "stupid", "pathetic", "useless", "dumb", "worthless", "ridiculous", "crazy", "selfish",
    "lazy", "insane", "disgusting", "hopeless", "idiotic",
];

fn lookup(table: &[(&str, &'static str)], key: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// One word of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Word {
    /// The word in lowercase with straight apostrophes; a contraction gives two words
    /// ("don't" gives "do" then "not").
    norm: String,
    /// Where the typed word starts, in bytes of the text. Both words of a contraction share
    /// the typed word's place.
    start: usize,
    /// Where the typed word ends, in bytes of the text.
    end: usize,
    /// Whether a comma, a dash, a bracket or a quotation mark comes just before the word.
    after_break: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CharKind {
    Letter,
    Space,
    ClauseBreak,
    SentenceEnd,
}

fn kind_of(c: char) -> CharKind {
    match c {
        '.' | '!' | '?' | '…' | '\n' | '\r' | '\u{2028}' | '\u{2029}' | '。' | '！' | '？'
        | '؟' | '।' => CharKind::SentenceEnd,
        ',' | ';' | ':' | '(' | ')' | '[' | ']' | '{' | '}' | '"' | '“' | '”' | '„' | '«' | '»'
        | '—' | '–' | '‒' | '―' | '、' | '，' | '；' | '：' | '،' | '؛' | '/' | '|' => {
            CharKind::ClauseBreak
        }
        '\'' | '-' => CharKind::Letter,
        _ if c.is_whitespace() || c.is_control() || c.is_ascii_punctuation() => CharKind::Space,
        _ => CharKind::Letter,
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '′')
}

/// Words that speak of violence, threats or fear of the other person. When a sentence has
/// them, the helper offers no rewrite: repair exercises are not the answer when someone is
/// unsafe, and the screen shows the safety note instead.
const UNSAFE_WORDS: &[&str] = &[
    "hit",
    "hits",
    "hitting",
    "punch",
    "punched",
    "punches",
    "slap",
    "slapped",
    "slaps",
    "kick",
    "kicked",
    "kicks",
    "shove",
    "shoved",
    "shoves",
    "choke",
    "choked",
    "strangle",
    "strangled",
    "beating",
    "bruise",
    "bruises",
    "bruised",
    "threaten",
    "threatened",
    "threatens",
    "threatening",
    "threat",
    "threats",
    "kill",
    "killing",
    "weapon",
    "knife",
    "gun",
    "frighten",
    "frightens",
    "frightened",
    "terrified",
    "terrify",
    "bully",
    "bullies",
    "bullied",
    "bullying",
    "abuse",
    "abused",
    "abuses",
    "abusive",
    "unsafe",
    "controlling",
];

/// Pairs of words, one after the other, that speak of fear of the other person or of being
/// controlled ("scared of you", "won't let me").
const UNSAFE_PAIRS: &[[&str; 2]] = &[
    ["scared", "of"],
    ["afraid", "of"],
    ["frightened", "of"],
    ["not", "safe"],
    ["pushed", "me"],
    ["push", "me"],
    ["grabbed", "me"],
    ["grab", "me"],
    ["control", "me"],
    ["controls", "me"],
];

/// Whether a sentence speaks of violence, threats, control or fear of the other person. The
/// screens then show the safety note rather than ways to word a repair.
pub fn sounds_unsafe(text: &str) -> bool {
    let words: Vec<String> = sentences(looked_at(text))
        .into_iter()
        .flatten()
        .map(|w| w.norm)
        .collect();
    words.iter().any(|w| UNSAFE_WORDS.contains(&w.as_str()))
        || words.windows(2).any(|pair| {
            UNSAFE_PAIRS
                .iter()
                .any(|[a, b]| pair[0] == *a && pair[1] == *b)
        })
}

/// The first [`MAX_CHARS_LOOKED_AT`] characters of a text.
fn looked_at(text: &str) -> &str {
    match text.char_indices().nth(MAX_CHARS_LOOKED_AT) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

/// Splits a text into sentences of words. Sentences without words are dropped.
fn sentences(text: &str) -> Vec<Vec<Word>> {
    let mut out = Vec::new();
    let mut current = Vec::new();
    let mut token_start = None;
    let mut after_break = false;
    for (at, c) in text.char_indices() {
        let kind = kind_of(c);
        if kind == CharKind::Letter {
            token_start.get_or_insert(at);
            continue;
        }
        if let Some(start) = token_start.take() {
            push_token(text, start..at, &mut after_break, &mut current);
        }
        match kind {
            CharKind::SentenceEnd => {
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
                after_break = false;
            }
            CharKind::ClauseBreak => after_break = true,
            CharKind::Space | CharKind::Letter => {}
        }
    }
    if let Some(start) = token_start {
        push_token(text, start..text.len(), &mut after_break, &mut current);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn push_token(text: &str, span: Range<usize>, after_break: &mut bool, words: &mut Vec<Word>) {
    let raw = &text[span.clone()];
    let trim = |c: char| is_apostrophe(c) || c == '-';
    let left = raw.trim_start_matches(trim);
    let trimmed = left.trim_end_matches(trim);
    if trimmed.is_empty() {
        // A dash standing alone breaks the clause, like a comma.
        if raw.contains('-') {
            *after_break = true;
        }
        return;
    }
    let start = span.start + (raw.len() - left.len());
    let end = start + trimmed.len();
    let norm: String = trimmed
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
        .collect();
    let (head, tail) = open_up(norm);
    words.push(Word {
        norm: head,
        start,
        end,
        after_break: std::mem::take(after_break),
    });
    if let Some(tail) = tail {
        words.push(Word {
            norm: tail.to_owned(),
            start,
            end,
            after_break: false,
        });
    }
}

/// Opens up a contraction into two words: "you're" gives "you" and "are".
fn open_up(word: String) -> (String, Option<&'static str>) {
    const WHOLE: &[(&str, &str, &str)] = &[
        ("cannot", "can", "not"),
        ("can't", "can", "not"),
        ("won't", "will", "not"),
        ("shan't", "shall", "not"),
        ("ain't", "am", "not"),
        ("let's", "let", "us"),
        ("dont", "do", "not"),
        ("doesnt", "does", "not"),
        ("didnt", "did", "not"),
        ("cant", "can", "not"),
        ("wont", "will", "not"),
        ("isnt", "is", "not"),
        ("arent", "are", "not"),
        ("wasnt", "was", "not"),
        ("werent", "were", "not"),
        ("couldnt", "could", "not"),
        ("wouldnt", "would", "not"),
        ("shouldnt", "should", "not"),
        ("havent", "have", "not"),
        ("hasnt", "has", "not"),
        ("youre", "you", "are"),
        ("youve", "you", "have"),
        ("youll", "you", "will"),
        ("im", "i", "am"),
        ("ive", "i", "have"),
        ("thats", "that", "is"),
    ];
    const SUFFIXES: &[(&str, &str)] = &[
        ("n't", "not"),
        ("'re", "are"),
        ("'m", "am"),
        ("'ll", "will"),
        ("'ve", "have"),
        ("'d", "would"),
        ("'s", "is"),
    ];
    if let Some((_, head, tail)) = WHOLE.iter().find(|(whole, _, _)| *whole == word) {
        return ((*head).to_owned(), Some(tail));
    }
    if word == "u" {
        return ("you".to_owned(), None);
    }
    for (suffix, tail) in SUFFIXES {
        if let Some(stem) = word.strip_suffix(suffix)
            && !stem.is_empty()
            && !stem.ends_with('\'')
        {
            return (stem.to_owned(), Some(tail));
        }
    }
    (word, None)
}

/// Whether a piece of text is written in capitals: at least two capital letters and no
/// small ones.
fn is_all_caps(text: &str) -> bool {
    !text.chars().any(char::is_lowercase) && text.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// Whether a text shouts: many words in capitals, or a run of exclamation marks.
fn shouts(text: &str) -> bool {
    let mut capital_words = 0;
    let mut cased_words = 0;
    for token in text.split_whitespace() {
        let cased = token
            .chars()
            .filter(|c| c.is_uppercase() || c.is_lowercase())
            .count();
        if cased >= 2 {
            cased_words += 1;
            if !token.chars().any(char::is_lowercase) {
                capital_words += 1;
            }
        }
    }
    let shouted_words = capital_words >= 3 && capital_words * 2 >= cased_words;
    let exclamations = text.contains("!!") || text.matches('!').count() >= 3;
    shouted_words || exclamations
}

/// Ends a suggestion with a full stop unless it already ends with "…", "?" or "!".
fn full_stop(mut s: String) -> String {
    if !s.ends_with(['…', '?', '!', '.']) {
        s.push('.');
    }
    s
}

/// Lowercases the first letter of text that starts with a common word, so it can follow
/// "that": "We missed the train" becomes "we missed the train", but "Sam left" stays.
fn follow_on(text: String) -> String {
    const COMMON: &[&str] = &[
        "we",
        "it",
        "this",
        "that",
        "the",
        "my",
        "our",
        "everything",
        "nothing",
        "they",
        "he",
        "she",
        "there",
        "now",
        "today",
        "all",
        "you",
        "your",
    ];
    let first = text.split(' ').next().unwrap_or("").to_lowercase();
    if COMMON.contains(&first.as_str()) {
        let mut chars = text.chars();
        match chars.next() {
            Some(c) => c.to_lowercase().chain(chars).collect(),
            None => text,
        }
    } else {
        text
    }
}

/// Possible base forms of a word: "listened" gives "listen", "noticed" gives "notice",
/// "stopping" gives "stop".
fn stems(word: &str) -> Vec<String> {
    let mut out = vec![word.to_owned()];
    if let Some(base) = lookup(IRREGULAR_PAST, word) {
        out.push(base.to_owned());
    }
    let mut push = |s: Option<&str>, add: &str| {
        if let Some(s) = s
            && !s.is_empty()
        {
            out.push(format!("{s}{add}"));
        }
    };
    push(word.strip_suffix('s'), "");
    push(word.strip_suffix("ed"), "");
    push(word.strip_suffix('d'), "");
    push(word.strip_suffix("ied"), "y");
    push(word.strip_suffix("ing"), "");
    push(word.strip_suffix("ing"), "e");
    push(word.strip_suffix("ying"), "ie");
    for suffix in ["ed", "ing"] {
        if let Some(s) = word.strip_suffix(suffix) {
            let mut chars = s.chars().rev();
            if let (Some(a), Some(b)) = (chars.next(), chars.next())
                && a == b
            {
                out.push(s[..s.len() - a.len_utf8()].to_owned());
            }
        }
    }
    out
}

/// Whether a verb, as typed after "you never", is in the past: "listened", "said".
fn is_past(word: &str) -> bool {
    lookup(IRREGULAR_PAST, word).is_some()
        || (word.ends_with("ed") && !word.ends_with("eed") && word.chars().count() > 3)
}

/// The base form of a past verb, when it is one we know: "listened" gives "listen".
fn base_of_past(word: &str) -> Option<String> {
    if let Some(base) = lookup(IRREGULAR_PAST, word) {
        return Some(base.to_owned());
    }
    stems(word)
        .into_iter()
        .skip(1)
        .find(|s| lookup(VERB_FEELINGS, s).is_some() || OTHER_VERBS.contains(&s.as_str()))
}

/// Which helper verb shapes an "always" or "never" phrase: "you're never" is `Are`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Plain,
    Did,
    Are,
    Were,
    Have,
    Had,
    Will,
    Would,
    Can,
    Could,
}

impl Form {
    fn of(helper: &str) -> Option<Form> {
        Some(match helper {
            "do" | "does" => Form::Plain,
            "did" => Form::Did,
            "are" => Form::Are,
            "were" => Form::Were,
            "have" | "has" => Form::Have,
            "had" => Form::Had,
            "will" => Form::Will,
            "would" => Form::Would,
            "can" => Form::Can,
            "could" => Form::Could,
            _ => return None,
        })
    }

    fn is_past(self) -> bool {
        matches!(self, Form::Did | Form::Were | Form::Had | Form::Could)
    }

    fn is_be(self) -> bool {
        matches!(self, Form::Are | Form::Were)
    }

    /// How "you" starts the rewritten phrase once "always" is dropped.
    fn without_always(self) -> &'static str {
        match self {
            Form::Plain | Form::Did => "you",
            Form::Are => "you're",
            Form::Were => "you were",
            Form::Have => "you've",
            Form::Had | Form::Would => "you'd",
            Form::Will => "you'll",
            Form::Can => "you can",
            Form::Could => "you could",
        }
    }

    /// How "you" starts the rewritten phrase once "never" becomes "not".
    fn without_never(self) -> &'static str {
        match self {
            Form::Plain => "you don't",
            Form::Did => "you didn't",
            Form::Are => "you're not",
            Form::Were => "you weren't",
            Form::Have => "you haven't",
            Form::Had => "you hadn't",
            Form::Will => "you won't",
            Form::Would => "you wouldn't",
            Form::Can => "you can't",
            Form::Could => "you couldn't",
        }
    }
}

/// A run of words in a sentence, and whether it was cut short.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Clause {
    words: Range<usize>,
    cut: bool,
}

/// A blaming phrase found in a sentence, with its suggestions, best first.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Blame {
    rule: BlameRule,
    words: Range<usize>,
    suggestions: Vec<String>,
}

/// One sentence being read.
struct Scan<'a> {
    text: &'a str,
    words: &'a [Word],
    /// Whether the whole sentence is in capitals, so the user's words are lowercased when
    /// they are kept in a suggestion.
    shouting: bool,
}

impl<'a> Scan<'a> {
    fn new(text: &'a str, words: &'a [Word]) -> Self {
        let shouting = match (words.first(), words.last()) {
            (Some(first), Some(last)) => is_all_caps(&text[first.start..last.end]),
            _ => false,
        };
        Self {
            text,
            words,
            shouting,
        }
    }

    fn norm(&self, i: usize) -> &'a str {
        self.words.get(i).map_or("", |w| w.norm.as_str())
    }

    /// The word before `i`, or "" at the start.
    fn before(&self, i: usize) -> &'a str {
        i.checked_sub(1).map_or("", |j| self.norm(j))
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.norm(i) == word
    }

    fn is_in(&self, i: usize, set: &[&str]) -> bool {
        i < self.words.len() && set.contains(&self.norm(i))
    }

    fn breaks_before(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.after_break)
    }

    /// The words as typed, from the start of the first to the end of the last.
    fn typed(&self, words: Range<usize>) -> &'a str {
        if words.is_empty() || words.end > self.words.len() {
            return "";
        }
        &self.text[self.words[words.start].start..self.words[words.end - 1].end]
    }

    /// The words as typed, with spaces tidied and shouting lowered.
    fn render(&self, words: Range<usize>) -> String {
        let typed = self
            .typed(words)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if !self.shouting {
            return typed;
        }
        typed
            .to_lowercase()
            .split(' ')
            .map(|w| {
                if w == "i" || w.starts_with("i'") || w.starts_with("i’") {
                    let mut chars = w.chars();
                    chars
                        .next()
                        .map(|c| c.to_uppercase().chain(chars).collect())
                        .unwrap_or_default()
                } else {
                    w.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A clause as the user typed it, with "…" when it was cut short.
    fn render_clause(&self, clause: &Clause) -> String {
        let mut out = self.render(clause.words.clone());
        if clause.cut {
            out.push_str(" …");
        }
        out
    }

    /// The words from `from` to the end of their clause, at most [`REST_MAX_WORDS`].
    fn clause_from(&self, from: usize) -> Clause {
        let ends_at = |i: usize| {
            i >= self.words.len()
                || (i > from && (self.breaks_before(i) || self.is_in(i, CLAUSE_STOPS)))
                || (i == from && self.is_in(i, CLAUSE_STOPS) && !self.is(i, "so"))
                || (self.is(i, "you") && self.is_in(i + 1, &["always", "never"]))
        };
        let mut to = from;
        while !ends_at(to) && to - from < REST_MAX_WORDS {
            to += 1;
        }
        Clause {
            words: from..to,
            cut: to - from == REST_MAX_WORDS && !ends_at(to),
        }
    }

    /// The words before `to`, back to the start of their clause, at most
    /// [`REST_MAX_WORDS`].
    fn clause_before(&self, to: usize) -> Range<usize> {
        let mut from = to;
        while from > 0 && to - from < REST_MAX_WORDS {
            // "So" ends a clause ("we're late so it's your fault") unless it only makes a
            // feeling stronger ("I'm so sad").
            let so_ends = self.is(from - 1, "so")
                && !self.is_in(
                    from.wrapping_sub(2),
                    &["am", "is", "are", "was", "were", "feel", "felt", "got"],
                )
                && !self.is_in(from.wrapping_sub(2), INTENSIFIERS);
            if so_ends || self.is_in(from - 1, &["and", "but", "then", "because"]) {
                break;
            }
            from -= 1;
            if self.breaks_before(from) {
                break;
            }
        }
        from..to
    }

    fn has(&self, phrase: &str) -> bool {
        let phrase: Vec<&str> = phrase.split(' ').collect();
        self.words.windows(phrase.len()).any(|window| {
            window
                .iter()
                .zip(&phrase)
                .all(|(word, want)| word.norm == *want)
        })
    }

    fn has_any(&self, phrases: &[&str]) -> bool {
        phrases.iter().any(|p| self.has(p))
    }

    /// Whether some words in a range are praise: "make me laugh", "there for me".
    fn praises(&self, words: Range<usize>) -> bool {
        let end = words.end.min(self.words.len());
        let start = words.start.min(end);
        let part = Scan {
            text: self.text,
            words: &self.words[start..end],
            shouting: self.shouting,
        };
        part.words
            .iter()
            .any(|w| PRAISE_WORDS.contains(&w.norm.as_str()))
            || part.has_any(PRAISE_PHRASES)
    }

    /// Whether the sentence already speaks for a part: "a part of me feels hurt".
    fn speaks_for_part(&self) -> bool {
        self.has_any(&["part of me", "parts of me", "some of me"])
    }

    /// Whether the sentence names a part or a feeling in the first person.
    fn names_a_part(&self) -> bool {
        if self.has_any(PART_PHRASES) {
            return true;
        }
        (0..self.words.len()).any(|i| {
            self.is(i, "i") && self.is_in(i + 1, &["got", "get", "was", "am", "felt", "feel"]) && {
                let mut k = i + 2;
                while self.is_in(k, INTENSIFIERS) {
                    k += 1;
                }
                self.is_in(k, FEELINGS)
            }
        })
    }

    /// Whether the sentence thanks someone, so that an "always" in it is praise.
    fn thanks(&self) -> bool {
        if self.has("thanks for nothing") {
            return false;
        }
        self.words
            .iter()
            .enumerate()
            .any(|(i, w)| match w.norm.as_str() {
                "thanks" | "thankful" | "grateful" => true,
                "thank" => {
                    self.is(i + 1, "you")
                        && !self.is_in(i.wrapping_sub(1), &["say", "said", "saying"])
                }
                "appreciate" => {
                    self.before(i) == "i"
                        || (self.before(i) == "really" && self.is(i.wrapping_sub(2), "i"))
                }
                _ => false,
            })
    }

    /// Whether the sentence calls someone names.
    fn insults(&self) -> bool {
        if self.has_any(INSULT_PHRASES) {
            return true;
        }
        self.words.iter().enumerate().any(|(i, w)| {
            INSULTS.contains(&w.norm.as_str())
                || (INSULT_LABELS.contains(&w.norm.as_str())
                    && (i.saturating_sub(3)..i).any(|j| self.is_in(j, &["you", "your"])))
        })
    }

    fn apologises(&self) -> bool {
        self.words
            .iter()
            .any(|w| w.norm.starts_with("sorry") || w.norm.starts_with("apolog"))
    }

    /// Whether an apology is followed by "but" in the same sentence.
    fn takes_apology_back(&self) -> bool {
        let apology = self
            .words
            .iter()
            .position(|w| w.norm.starts_with("sorry") || w.norm.starts_with("apolog"));
        apology.is_some_and(|a| {
            self.words[a + 1..]
                .iter()
                .any(|w| matches!(w.norm.as_str(), "but" | "however" | "though" | "although"))
        })
    }

    /// Every blaming phrase in the sentence, in order, at most [`MAX_BLAMES`].
    fn blames(&self) -> Vec<Blame> {
        let mut out = Vec::new();
        if self.thanks() {
            return out;
        }
        let mut i = 0;
        while i < self.words.len() && out.len() < MAX_BLAMES {
            let blame = match self.norm(i) {
                "why" => self.why_cant_you(i),
                "because" | "cause" | "cuz" | "cos" | "coz" | "your" => self.because_of_you(i),
                "you" => self.you_blame(i),
                _ => None,
            };
            match blame {
                Some(blame) => {
                    i = blame.words.end.max(i + 1);
                    out.push(blame);
                }
                None => i += 1,
            }
        }
        out
    }

    /// Whether `helper` (at index `h`) follows "why" or "how come".
    fn why_before(&self, h: usize) -> bool {
        self.before(h) == "why" || (h >= 2 && self.is(h - 2, "how") && self.is(h - 1, "come"))
    }

    /// Whether the "you" at `y` is asked about in a plain question: "Do you always …?".
    fn asked_about(&self, y: usize) -> bool {
        y >= 1 && QUESTION_HELPERS.contains(&self.before(y)) && !self.why_before(y - 1)
    }

    /// The blaming phrases that start with "you" at `y`.
    fn you_blame(&self, y: usize) -> Option<Blame> {
        if self.asked_about(y) {
            return None;
        }
        self.you_are_to_blame(y)
            .or_else(|| self.youre_so(y))
            .or_else(|| self.always_never(y))
            .or_else(|| self.made_me(y))
            .or_else(|| self.you_dont(y))
    }

    fn feeling_of_verb(&self, v: usize) -> Option<&'static str> {
        let word = self.norm(v);
        let base = lookup(IRREGULAR_PAST, word).unwrap_or(word);
        let next = self.norm(v + 1);
        let special = match base {
            "say" | "saying" if next == "sorry" => Some("unacknowledged"),
            "show" | "showed" | "showing" if next == "up" => Some("let down"),
            "take" | "taking" if (v + 1..v + 4).any(|j| self.is(j, "side")) => Some("unsupported"),
            "make" | "making" if next == "fun" => Some("small"),
            "pay" | "paying" if next == "attention" => Some("unseen"),
            "leave" | "leaving" if matches!(next, "me" | "us") => Some("left behind"),
            "do" | "doing"
                if matches!(
                    next,
                    "the" | "any" | "anything" | "your" | "chores" | "dishes" | "laundry"
                ) =>
            {
                Some("alone with it")
            }
            "laugh" | "laughed" | "laughing" if next == "at" => Some("small"),
            "get" | "getting" if matches!(next, "it" | "me") => Some("misunderstood"),
            "think" | "thinking" if matches!(next, "about" | "of") => Some("forgotten"),
            _ => None,
        };
        special.or_else(|| stems(word).iter().find_map(|s| lookup(VERB_FEELINGS, s)))
    }

    /// "You always …", "You never …" and their shapes: "you're always", "why do you never".
    fn always_never(&self, y: usize) -> Option<Blame> {
        let (start, form, at) =
            if y >= 1 && QUESTION_HELPERS.contains(&self.before(y)) && self.why_before(y - 1) {
                let why = if self.before(y - 1) == "why" {
                    y - 2
                } else {
                    y - 3
                };
                (why, Form::of(self.before(y))?, y + 1)
            } else if self.is_in(y + 1, &["are", "were", "have", "had", "will", "can"])
                && self.is_in(y + 2, &["always", "never"])
            {
                (y, Form::of(self.norm(y + 1))?, y + 2)
            } else {
                (y, Form::Plain, y + 1)
            };
        let rule = match self.norm(at) {
            "always" => BlameRule::Always,
            "never" => BlameRule::Never,
            _ => return None,
        };
        let rest = self.clause_from(at + 1);
        if self.is_in(rest.words.start, &["so", "such"]) {
            return None;
        }
        let mut v = rest.words.start;
        while v < rest.words.end && self.is_in(v, ADVERBS) {
            v += 1;
        }
        let has_verb = v < rest.words.end;
        let word = self.norm(v);

        // Some "always" and "never" phrases are praise or reassurance.
        let praise = match rule {
            BlameRule::Always => {
                self.praises(rest.words.clone()) || (form.is_be() && KIND_WORDS.contains(&word))
            }
            _ if form.is_be() => {
                lookup(LABEL_FEELINGS, word).is_some()
                    || matches!(word, "late" | "boring" | "mad" | "cross" | "angry")
            }
            _ => {
                stems(word)
                    .iter()
                    .any(|s| NEVER_PRAISE.contains(&s.as_str()))
                    || self.has_at(v, "let me down")
                    || self.has_at(v, "let us down")
                    || self.has_at(v, "give up")
                    || self.has_at(v, "have to")
                    || self.has_at(v, "need to")
                    || self.has_at(v, "had to")
            }
        };
        if praise {
            return None;
        }

        let typed_rest = || self.render_clause(&rest);
        let mut past = form.is_past();
        let when = if !has_verb {
            None
        } else if rule == BlameRule::Always {
            past |= form == Form::Plain && is_past(word);
            Some(format!("{} {}", form.without_always(), typed_rest()))
        } else if form == Form::Plain && is_past(word) {
            past = true;
            base_of_past(word).map(|base| {
                let pieces = [
                    "you didn't".to_owned(),
                    self.render(rest.words.start..v),
                    base,
                    self.render_clause(&Clause {
                        words: v + 1..rest.words.end,
                        cut: rest.cut,
                    }),
                ];
                pieces
                    .into_iter()
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
        } else {
            Some(format!("{} {}", form.without_never(), typed_rest()))
        };

        let rest_has = |word: &str| rest.words.clone().any(|i| self.is(i, word));
        let feeling = if ["phone", "laptop", "screen"].iter().any(|w| rest_has(w)) {
            Some("unseen")
        } else if form.is_be() {
            if rule == BlameRule::Never && rest_has("time") {
                Some("unimportant")
            } else {
                lookup(STATE_FEELINGS, word)
                    .or_else(|| lookup(LABEL_FEELINGS, word))
                    .or_else(|| self.feeling_of_verb(v))
            }
        } else {
            let mut verb = v;
            while self.is_in(verb, &["been", "be"]) {
                verb += 1;
            }
            self.feeling_of_verb(verb)
                .or_else(|| lookup(STATE_FEELINGS, self.norm(verb)))
        };
        let feeling = feeling.unwrap_or("hurt");
        let feels = if past { "felt" } else { "feels" };
        let open = format!("A part of me {feels} {feeling} when …");
        let suggestions = match when {
            Some(when) => vec![
                full_stop(format!("A part of me {feels} {feeling} when {when}")),
                format!("When {when}, a part of me {feels} {feeling}. Could we talk about it?"),
                open,
            ],
            None => vec![open, "A part of me is hurting when …".to_owned()],
        };
        Some(Blame {
            rule,
            words: start..at + 1,
            suggestions,
        })
    }

    /// Whether `phrase` starts at word `i`.
    fn has_at(&self, i: usize, phrase: &str) -> bool {
        phrase
            .split(' ')
            .enumerate()
            .all(|(k, w)| self.is(i + k, w))
    }

    /// "You made me …", "You make me feel …".
    fn made_me(&self, y: usize) -> Option<Blame> {
        let (past, me) = match (self.norm(y + 1), self.norm(y + 2)) {
            ("made", _) => (true, y + 2),
            ("make" | "makes", _) => (false, y + 2),
            ("have" | "has" | "had", "made") => (true, y + 3),
            ("are" | "keep", "making") => (false, y + 3),
            _ => return None,
        };
        if !self.is(me, "me") {
            return None;
        }
        let got = if past { "got" } else { "gets" };
        let felt = if past { "felt" } else { "feels" };
        let mut k = me + 1;
        let phrase = if self.is_in(k, &["feel", "feeling", "felt"]) {
            let clause = self.clause_from(k + 1);
            if clause.words.is_empty() || self.praises(clause.words.clone()) {
                return None;
            }
            format!("{felt} {}", self.render_clause(&clause))
        } else if self.is(k, "look") {
            format!("{felt} embarrassed")
        } else {
            let start = k;
            while self.is_in(k, INTENSIFIERS) {
                k += 1;
            }
            let word = self.norm(k);
            if PRAISE_WORDS.contains(&word) || KIND_WORDS.contains(&word) {
                return None;
            }
            if FEELINGS.contains(&word) {
                format!("{got} {}", self.render(start..k + 1))
            } else if word == "late" {
                format!("{got} stressed about being late")
            } else if let Some((base, did, feeling)) =
                REACTIONS.iter().find(|(base, _, _)| *base == word)
            {
                let more = self.clause_from(k + 1);
                let more = if more.words.is_empty() {
                    String::new()
                } else {
                    format!(" {}", self.render_clause(&more))
                };
                let reaction = if past { did } else { base };
                format!("{got} so {feeling} that I {reaction}{more}")
            } else if matches!(word, "do" | "say") {
                let (took, did) = if past {
                    (
                        "took over",
                        "what I did is mine to own. Can we talk about what happened?",
                    )
                } else {
                    (
                        "takes over",
                        "what I do is mine to own. Can we talk about what happens?",
                    )
                };
                return Some(Blame {
                    rule: BlameRule::MadeMe,
                    words: y..me + 1,
                    suggestions: vec![
                        format!("A part of me {took} when …"),
                        format!("A part of me {took}, and {did}"),
                    ],
                });
            } else {
                return None;
            }
        };
        Some(Blame {
            rule: BlameRule::MadeMe,
            words: y..me + 1,
            suggestions: vec![
                format!("A part of me {phrase} when …"),
                full_stop(format!(
                    "A part of me {phrase}. I'd like to tell you what happened inside me"
                )),
            ],
        })
    }

    /// "You're so …", "You're such a …", "Why are you so …".
    fn youre_so(&self, y: usize) -> Option<Blame> {
        let (start, mut k, past) = if self.is_in(y + 1, &["are", "were"]) {
            (y, y + 2, self.is(y + 1, "were"))
        } else if y >= 2 && self.is_in(y - 1, &["are", "were"]) && self.is(y - 2, "why") {
            (y - 2, y + 1, self.is(y - 1, "were"))
        } else {
            return None;
        };
        let mut adverbs = 0;
        while adverbs < 2
            && self.is_in(
                k,
                &[
                    "always",
                    "being",
                    "just",
                    "really",
                    "sometimes",
                    "often",
                    "still",
                    "acting",
                    "getting",
                ],
            )
        {
            k += 1;
            adverbs += 1;
        }
        let rule = match self.norm(k) {
            "so" => BlameRule::YoureSo,
            "such" => BlameRule::YoureSuch,
            _ => return None,
        };
        k += 1;
        if rule == BlameRule::YoureSuch && self.is_in(k, &["a", "an"]) {
            k += 1;
        }
        while self.is_in(k, INTENSIFIERS) {
            k += 1;
        }
        let word = self.norm(k);
        if word.is_empty()
            || self.breaks_before(k)
            || NOT_A_QUALITY.contains(&word)
            || KIND_WORDS.contains(&word)
            || !word.chars().any(char::is_alphabetic)
        {
            return None;
        }
        let mut end = k + 1;
        let mut feeling = lookup(LABEL_FEELINGS, word);
        if rule == BlameRule::YoureSuch {
            if let Some(name) = lookup(NAME_FEELINGS, word) {
                feeling = Some(name);
            } else if end < self.words.len()
                && !self.breaks_before(end)
                && !self.is_in(end, CLAUSE_STOPS)
            {
                let noun = self.norm(end);
                if KIND_WORDS.contains(&noun) {
                    return None;
                }
                feeling = feeling.or_else(|| lookup(NAME_FEELINGS, noun));
                end += 1;
            }
        }
        let (feels, is, now, happened) = if past {
            ("felt", "was", "", "happened")
        } else {
            ("feels", "is", " right now", "just happened")
        };
        let suggestions = match feeling {
            Some(feeling) => vec![
                format!("A part of me {feels} {feeling} when …"),
                format!(
                    "A part of me {feels} {feeling}{now}. Could we talk about what {happened}?"
                ),
                format!("A part of me {is} hurting when …"),
            ],
            None => vec![
                format!("A part of me {is} hurting when …"),
                format!("A part of me {is} hurting{now}. Could we talk about what {happened}?"),
            ],
        };
        Some(Blame {
            rule,
            words: start..end,
            suggestions,
        })
    }

    /// "You don't care", "You do not listen" and a few other verbs.
    fn you_dont(&self, y: usize) -> Option<Blame> {
        if !self.is_in(y + 1, &["do", "did"]) || !self.is(y + 2, "not") {
            return None;
        }
        let past = self.is(y + 1, "did");
        let rest = self.clause_from(y + 3);
        let mut v = rest.words.start;
        while v < rest.words.end && self.is_in(v, ADVERBS) {
            v += 1;
        }
        if v >= rest.words.end || !self.is_in(v, YOU_DONT_VERBS) {
            return None;
        }
        let next = self.norm(v + 1);
        let fits = match self.norm(v) {
            "get" => matches!(next, "it" | "me" | "us"),
            "think" => matches!(next, "about" | "of"),
            "see" => matches!(next, "me" | "us" | "how" | "what"),
            _ => true,
        };
        if !fits {
            return None;
        }
        let feeling = self.feeling_of_verb(v).unwrap_or("hurt");
        let what = self.render_clause(&rest);
        let (feels, seems, dont) = if past {
            ("felt", "it seemed", "didn't")
        } else {
            ("feels", "it seems", "don't")
        };
        Some(Blame {
            rule: BlameRule::YouDont,
            words: y..y + 3,
            suggestions: vec![
                full_stop(format!(
                    "A part of me {feels} {feeling} when {seems} you {dont} {what}"
                )),
                format!(
                    "A part of me is afraid you {dont} {what}. Could you help me understand what's happening for you?"
                ),
                format!("A part of me {feels} {feeling} when …"),
            ],
        })
    }

    /// "Why can't you …", "Why won't you …", "Why don't you ever …".
    fn why_cant_you(&self, i: usize) -> Option<Blame> {
        let helper_ok = match self.norm(i + 1) {
            "can" | "could" | "will" | "would" => true,
            "do" => self.is(i + 4, "ever"),
            _ => false,
        };
        if !helper_ok || !self.is(i + 2, "not") || !self.is(i + 3, "you") {
            return None;
        }
        let mut end = i + 4;
        if self.is(end, "ever") {
            end += 1;
        }
        let mut from = end;
        while self.is_in(from, &["just", "ever", "even", "simply", "please"]) {
            from += 1;
        }
        let clause = self.clause_from(from);
        let mut to = clause.words.end;
        // Words like "for once" add sting and nothing else, so they are left out.
        let trailing: &[&[&str]] = &[
            &["for", "once", "in", "your", "life"],
            &["for", "a", "change"],
            &["for", "once"],
            &["like", "a", "normal", "person"],
            &["just", "once"],
            &["already"],
            &["ever"],
            &["once"],
            &["anymore"],
        ];
        let mut trimmed = true;
        while trimmed {
            trimmed = false;
            for tail in trailing {
                if to >= from + tail.len()
                    && tail
                        .iter()
                        .enumerate()
                        .all(|(k, w)| self.is(to - tail.len() + k, w))
                {
                    to -= tail.len();
                    trimmed = true;
                }
            }
        }
        let cut = clause.cut && to == clause.words.end;
        let request = self.render_clause(&Clause {
            words: from..to,
            cut,
        });
        let verb = self.norm(from);
        let next = self.norm(from + 1);
        let longing = match verb {
            "leave" if next == "me" => Some("for some space"),
            "give" if next == "me" => Some("for some room"),
            "pay" if next == "attention" => Some("to be seen"),
            "say" if next == "sorry" => Some("for acknowledgement"),
            "spend" => Some("for time together"),
            "calm" => Some("for calm"),
            _ if from < to => lookup(LONGINGS, verb),
            _ => None,
        };
        let suggestions = match (longing, from < to) {
            (Some(longing), true) => vec![
                format!("A part of me is longing {longing}. Would you be willing to {request}?"),
                format!("A part of me is longing {longing}. Could you …?"),
            ],
            (None, true) => vec![
                format!(
                    "A part of me is longing for you to {request}. Would you be willing to try?"
                ),
                "A part of me is longing for something different here. Could you …?".to_owned(),
            ],
            _ => vec![
                "A part of me is longing for something different here. Could you …?".to_owned(),
            ],
        };
        Some(Blame {
            rule: BlameRule::WhyCantYou,
            words: i..end,
            suggestions,
        })
    }

    /// "You're to blame".
    fn you_are_to_blame(&self, y: usize) -> Option<Blame> {
        if self.is(y + 1, "are") && self.has_at(y + 2, "to blame") {
            Some(self.blame_for_situation(y..y + 4))
        } else {
            None
        }
    }

    /// "… because of you", "It's your fault …".
    fn because_of_you(&self, i: usize) -> Option<Blame> {
        let trigger = if self.norm(i) == "your" {
            let fault = if self.is(i + 1, "own") { i + 2 } else { i + 1 };
            if !self.is(fault, "fault") {
                return None;
            }
            let mut start = i;
            while start > 0
                && self.is_in(
                    start - 1,
                    &["all", "entirely", "totally", "completely", "really", "just"],
                )
            {
                start -= 1;
            }
            if self.is_in(start.wrapping_sub(1), &["not", "never", "no"]) {
                return None;
            }
            if start >= 2
                && self.is_in(start - 1, &["is", "was"])
                && self.is_in(start - 2, &["it", "this", "that", "everything"])
            {
                start -= 2;
            }
            start..fault + 1
        } else {
            if !self.is(i + 1, "of") || !self.is(i + 2, "you") {
                return None;
            }
            let negated = self.before(i) == "not"
                || (i >= 2
                    && self.is(i - 2, "not")
                    && self.is_in(i - 1, &["just", "only", "all", "really"]));
            if negated {
                return None;
            }
            i..i + 3
        };
        let before = self.clause_before(trigger.start);
        let after = self.clause_from(trigger.end).words;
        if self.praises(before.clone()) || self.praises(after.clone()) {
            return None;
        }
        Some(self.blame_for_situation(trigger))
    }

    /// Suggestions for blame about a situation, found from the words around `trigger`.
    fn blame_for_situation(&self, trigger: Range<usize>) -> Blame {
        let mut before = self.clause_before(trigger.start);
        // In "we're late and it's your fault" the situation is just before the "and".
        if before.is_empty()
            && trigger.start > 0
            && self.is_in(trigger.start - 1, &["and", "so", "but", "then"])
            && !self.breaks_before(trigger.start)
        {
            before = self.clause_before(trigger.start - 1);
        }
        let mut about = false;
        let situation = if before.is_empty() {
            let mut after = self.clause_from(trigger.end);
            if self.is_in(after.words.start, &["that", "for"]) && after.words.len() > 1 {
                about = self.is(after.words.start, "for");
                after.words.start += 1;
            }
            after
        } else {
            Clause {
                words: before,
                cut: false,
            }
        };
        let words = situation.words.clone();

        // "I'm late", "we were so late again": a subject, a form of "be" and one word.
        let mut k = words.start + 2;
        let mut state = None;
        if words.len() >= 3
            && self.is_in(words.start, &["i", "we"])
            && self.is_in(words.start + 1, &["am", "was", "are", "were"])
        {
            while k < words.end && self.is_in(k, INTENSIFIERS) {
                k += 1;
            }
            let mut last = k + 1;
            while last < words.end
                && self.is_in(
                    last,
                    &["again", "now", "today", "tonight", "already", "anyway"],
                )
            {
                last += 1;
            }
            if k < words.end && last == words.end {
                state = Some((
                    FEELINGS.contains(&self.norm(k)),
                    self.render(words.start + 2..words.end),
                    self.is_in(words.start + 1, &["was", "were"]),
                ));
            }
        }
        let (first, underneath) = match state {
            Some((true, feeling, past)) => {
                let feels = if past { "felt" } else { "feels" };
                (
                    Some(format!("A part of me {feels} {feeling} …")),
                    self.norm(k).to_owned(),
                )
            }
            Some((false, what, past)) => {
                let feels = if past { "felt" } else { "feels" };
                (
                    Some(format!(
                        "A part of me {feels} stressed about being {what} …"
                    )),
                    "stressed".to_owned(),
                )
            }
            None if !words.is_empty() => (
                Some(format!(
                    "A part of me is upset {} {} …",
                    if about { "about" } else { "that" },
                    follow_on(self.render(situation.words.clone()))
                )),
                "upset".to_owned(),
            ),
            None => (None, "upset".to_owned()),
        };
        let second = format!(
            "A part of me wants to blame you right now. Underneath, it feels {underneath}. Can we look at what happened together?"
        );
        Blame {
            rule: BlameRule::BecauseOfYou,
            words: trigger,
            suggestions: first.into_iter().chain([second]).collect(),
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn words_of_violence_threats_or_fear_are_noticed() {
        for unsafe_text in [
            "You hit me last night.",
            "You're such a BULLY",
            "He threatened to take the kids",
            "I'm scared of you when you drink",
            "You pushed me against the door",
            "You control me and my money",
            "I don\u{2019}t feel safe at home, I\u{2019}m not safe",
        ] {
            assert!(sounds_unsafe(unsafe_text), "{unsafe_text}");
        }
        for ordinary in [
            "You never listen to me",
            "Why can't you let me finish?",
            "You always beat me to the last biscuit",
            "It hurt me when you laughed",
            "",
            "🙂 שלום",
        ] {
            assert!(!sounds_unsafe(ordinary), "{ordinary}");
        }
        assert!(!sounds_unsafe(&"you never help ".repeat(20_000)));
    }

    use super::*;

    /// Checks that `input` gives a blaming phrase of `rule`, found as `found`, whose best
    /// suggestion is `first`, with one to three suggestions for that phrase.
    fn check(input: &str, rule: BlameRule, found: &str, first: &str) {
        let rewrites = rewrite(input);
        let Some(best) = rewrites.first() else {
            panic!("no rewrite for {input:?}");
        };
        assert_eq!(
            (best.rule, best.found.as_str(), best.suggestion.as_str()),
            (rule, found, first),
            "input {input:?}"
        );
        assert_eq!(best.why, rule.why(), "input {input:?}");
        let count = rewrites
            .iter()
            .filter(|r| r.rule == rule && r.found == found)
            .count();
        assert!(
            (1..=3).contains(&count),
            "{count} suggestions for {input:?}"
        );
    }

    /// Checks that `input` is left alone.
    fn check_alone(input: &str) {
        assert_eq!(rewrite(input), Vec::new(), "input {input:?}");
    }

    /// The suggestions for `input`, in order.
    fn suggestions(input: &str) -> Vec<String> {
        rewrite(input).into_iter().map(|r| r.suggestion).collect()
    }

    #[test]
    fn always() {
        use BlameRule::Always;
        check(
            "You always interrupt me",
            Always,
            "You always",
            "A part of me feels cut off when you interrupt me.",
        );
        check(
            "you ALWAYS interrupt me!!",
            Always,
            "you ALWAYS",
            "A part of me feels cut off when you interrupt me.",
        );
        check(
            "Honestly, you always interrupt me when I talk.",
            Always,
            "you always",
            "A part of me feels cut off when you interrupt me.",
        );
        check(
            "You’re always late",
            Always,
            "You’re always",
            "A part of me feels unimportant when you're late.",
        );
        check(
            "Why do you always do this?",
            Always,
            "Why do you always",
            "A part of me feels hurt when you do this.",
        );
        check(
            "YOU ALWAYS DO THIS",
            Always,
            "YOU ALWAYS",
            "A part of me feels hurt when you do this.",
        );
        check(
            "you   always   leave   the dishes",
            Always,
            "you   always",
            "A part of me feels hurt when you leave the dishes.",
        );
        check(
            "You're always on your phone...",
            Always,
            "You're always",
            "A part of me feels unseen when you're on your phone.",
        );
        check(
            "You always criticised my cooking",
            Always,
            "You always",
            "A part of me felt judged when you criticised my cooking.",
        );
    }

    #[test]
    fn never() {
        use BlameRule::Never;
        check(
            "You never listen to me",
            Never,
            "You never",
            "A part of me feels unheard when you don't listen to me.",
        );
        check(
            "you never listened to me.",
            Never,
            "you never",
            "A part of me felt unheard when you didn't listen to me.",
        );
        check(
            "You’ve never said sorry",
            Never,
            "You’ve never",
            "A part of me feels unacknowledged when you haven't said sorry.",
        );
        check(
            "Sometimes I think you never help with the dishes",
            Never,
            "you never",
            "A part of me feels alone with it when you don't help with the dishes.",
        );
        check(
            "you're never here!",
            Never,
            "you're never",
            "A part of me feels lonely when you're not here.",
        );
        check(
            "You NEVER even asked",
            Never,
            "You NEVER",
            "A part of me felt overlooked when you didn't even ask.",
        );
        check(
            "u never listen",
            Never,
            "u never",
            "A part of me feels unheard when you don't listen.",
        );
        check(
            "You never!",
            Never,
            "You never",
            "A part of me feels hurt when …",
        );
    }

    #[test]
    fn made_me() {
        use BlameRule::MadeMe;
        check(
            "You made me so angry",
            MadeMe,
            "You made me",
            "A part of me got so angry when …",
        );
        check(
            "well, you make me feel so small.",
            MadeMe,
            "you make me",
            "A part of me feels so small when …",
        );
        check(
            "You’ve made me cry again",
            MadeMe,
            "You’ve made me",
            "A part of me got so hurt that I cried again when …",
        );
        check(
            "You made me lose my temper",
            MadeMe,
            "You made me",
            "A part of me got so overwhelmed that I lost my temper when …",
        );
        check(
            "you made me do it",
            MadeMe,
            "you made me",
            "A part of me took over when …",
        );
        check(
            "You made me late",
            MadeMe,
            "You made me",
            "A part of me got stressed about being late when …",
        );
        check(
            "you made me look stupid in front of everyone",
            MadeMe,
            "you made me",
            "A part of me felt embarrassed when …",
        );
    }

    #[test]
    fn youre_so() {
        use BlameRule::YoureSo;
        check(
            "You're so selfish",
            YoureSo,
            "You're so selfish",
            "A part of me feels uncared for when …",
        );
        check(
            "you are SO lazy.",
            YoureSo,
            "you are SO lazy",
            "A part of me feels alone with it when …",
        );
        check(
            "Ugh, you’re so damn stubborn",
            YoureSo,
            "you’re so damn stubborn",
            "A part of me feels unheard when …",
        );
        check(
            "Why are you always so selfish?",
            YoureSo,
            "Why are you always so selfish",
            "A part of me feels uncared for when …",
        );
        check(
            "You were so rude to my mum",
            YoureSo,
            "You were so rude",
            "A part of me felt disrespected when …",
        );
        check(
            "You're so weird",
            YoureSo,
            "You're so weird",
            "A part of me is hurting when …",
        );
    }

    #[test]
    fn youre_such() {
        use BlameRule::YoureSuch;
        check(
            "You're such a jerk",
            YoureSuch,
            "You're such a jerk",
            "A part of me feels hurt when …",
        );
        check(
            "honestly you are such a selfish person",
            YoureSuch,
            "you are such a selfish person",
            "A part of me feels uncared for when …",
        );
    }

    #[test]
    fn why_cant_you() {
        use BlameRule::WhyCantYou;
        check(
            "Why can't you help for once",
            WhyCantYou,
            "Why can't you",
            "A part of me is longing for help. Would you be willing to help?",
        );
        check(
            "why can’t you just listen?",
            WhyCantYou,
            "why can’t you",
            "A part of me is longing to be heard. Would you be willing to listen?",
        );
        check(
            "So why won't you ever call me back",
            WhyCantYou,
            "why won't you ever",
            "A part of me is longing to hear from you. Would you be willing to call me back?",
        );
        check(
            "WHY CAN'T YOU BE ON TIME",
            WhyCantYou,
            "WHY CAN'T YOU",
            "A part of me is longing for you to be on time. Would you be willing to try?",
        );
        check(
            "Why cannot you leave me alone?",
            WhyCantYou,
            "Why cannot you",
            "A part of me is longing for some space. Would you be willing to leave me alone?",
        );
        check(
            "Why can't you?",
            WhyCantYou,
            "Why can't you",
            "A part of me is longing for something different here. Could you …?",
        );
    }

    #[test]
    fn because_of_you() {
        use BlameRule::BecauseOfYou;
        check(
            "I'm late because of you",
            BecauseOfYou,
            "because of you",
            "A part of me feels stressed about being late …",
        );
        check(
            "Because of you, I’m late again.",
            BecauseOfYou,
            "Because of you",
            "A part of me feels stressed about being late again …",
        );
        check(
            "I'm so sad because of you",
            BecauseOfYou,
            "because of you",
            "A part of me feels so sad …",
        );
        check(
            "It's your fault we missed the train",
            BecauseOfYou,
            "It's your fault",
            "A part of me is upset that we missed the train …",
        );
        check(
            "We're late and it’s your fault",
            BecauseOfYou,
            "it’s your fault",
            "A part of me feels stressed about being late …",
        );
        check(
            "You're to blame for this mess",
            BecauseOfYou,
            "You're to blame",
            "A part of me is upset about this mess …",
        );
        check(
            "This is all your fault!",
            BecauseOfYou,
            "This is all your fault",
            "A part of me wants to blame you right now. Underneath, it feels upset. Can we look at what happened together?",
        );
    }

    #[test]
    fn you_dont() {
        use BlameRule::YouDont;
        check(
            "You don't care about me",
            YouDont,
            "You don't",
            "A part of me feels uncared for when it seems you don't care about me.",
        );
        check(
            "you do not even listen",
            YouDont,
            "you do not",
            "A part of me feels unheard when it seems you don't even listen.",
        );
        check(
            "you dont care",
            YouDont,
            "you dont",
            "A part of me feels uncared for when it seems you don't care.",
        );
        check(
            "You didn't help",
            YouDont,
            "You didn't",
            "A part of me felt alone with it when it seemed you didn't help.",
        );
    }

    #[test]
    fn suggestions_come_best_first() {
        assert_eq!(
            suggestions("You never listen to me"),
            [
                "A part of me feels unheard when you don't listen to me.",
                "When you don't listen to me, a part of me feels unheard. Could we talk about it?",
                "A part of me feels unheard when …",
            ]
        );
        assert_eq!(
            suggestions("You made me so angry"),
            [
                "A part of me got so angry when …",
                "A part of me got so angry. I'd like to tell you what happened inside me.",
            ]
        );
    }

    #[test]
    fn several_phrases_are_listed_in_order() {
        let rules: Vec<(BlameRule, String)> =
            rewrite("You never listen to me and you always interrupt. It's your fault we fight.")
                .into_iter()
                .map(|r| (r.rule, r.found))
                .collect();
        let mut distinct = rules.clone();
        distinct.dedup();
        assert_eq!(
            distinct,
            [
                (BlameRule::Never, "You never".to_owned()),
                (BlameRule::Always, "you always".to_owned()),
                (BlameRule::BecauseOfYou, "It's your fault".to_owned()),
            ]
        );
    }

    #[test]
    fn long_clauses_are_cut_with_an_ellipsis() {
        check(
            "You never listen to what I try to tell you about the things that matter to me most",
            BlameRule::Never,
            "You never",
            "A part of me feels unheard when you don't listen to what I try to tell you about the things that …",
        );
    }

    #[test]
    fn sarcastic_thanks_is_still_blame() {
        check(
            "Thanks for nothing, you never help",
            BlameRule::Never,
            "you never",
            "A part of me feels alone with it when you don't help.",
        );
    }

    #[test]
    fn sentences_left_alone() {
        for input in [
            // These already speak for a part.
            "A part of me feels hurt when you're late",
            "A part of me feels hurt when you never call",
            "Some of me is scared you always leave",
            // These are "I" statements.
            "I always forget my keys",
            "I never meant to hurt you",
            // These praise or thank.
            "thank you, you always make me laugh",
            "Thank you! You always make me smile.",
            "You always make me laugh",
            "You always help me feel calm",
            "You're always there for me",
            "you are always welcome here",
            "You made me so happy",
            "You make me feel safe",
            "You never fail to make me smile",
            "You never let me down",
            "You never complain",
            "You're never late",
            "I'm alive because of you",
            // These are questions that do not blame.
            "Do you always take the bus?",
            "Have you never been to Paris?",
            "Are you always this cheerful?",
            "Did you make me a coffee?",
            "Why don't you take a nap?",
            // These are kind words.
            "You're so kind",
            "you’re so lovely",
            "You are so thoughtful!",
            "you're SO thoughtful",
            "You're such a sweetheart",
            "you're such a good friend",
            // These reassure.
            "It's not your fault",
            "That was not your fault",
            "It wasn't because of you",
            "You never have to apologise for that",
            "You don't have to come",
            "You'll never know",
            "you're so much better at this than me",
            // These have no words at all.
            "",
            "   ",
            "\n\t \r\n",
            "…!?",
        ] {
            check_alone(input);
        }
    }

    #[test]
    fn labels_and_reasons_are_written() {
        let labels: Vec<&str> = BlameRule::ALL.iter().map(|r| r.label()).collect();
        for rule in BlameRule::ALL {
            assert!(rule.label().starts_with('“') && rule.label().ends_with('”'));
            assert!(rule.why().ends_with('.'), "{rule:?}");
            assert_eq!(labels.iter().filter(|l| **l == rule.label()).count(), 1);
        }
    }

    #[test]
    fn contractions_and_apostrophes_are_opened_up() {
        let words: Vec<Vec<String>> = sentences("You’re late. I can't, won't; don’t!")
            .into_iter()
            .map(|s| s.into_iter().map(|w| w.norm).collect())
            .collect();
        assert_eq!(
            words,
            [
                vec!["you", "are", "late"],
                vec!["i", "can", "not", "will", "not", "do", "not"],
            ]
        );
    }

    /// Checks one guidance check for `input`.
    fn check_met(input: &str, check: Check, met: bool) {
        let all = guidance(input);
        let Some(found) = all.iter().find(|g| g.check == check) else {
            panic!("no {check:?} for {input:?}");
        };
        assert_eq!(found.met, met, "{check:?} for {input:?}");
    }

    #[test]
    fn speaks_for_part() {
        for input in [
            "A part of me got scared when you raised your voice.",
            "Part of me wanted to leave.",
            "I noticed I got really defensive.",
            "I felt so small, and I'm sorry I shouted.",
            "I got scared and I snapped at you.",
        ] {
            check_met(input, Check::SpeaksForPart, true);
        }
        for input in [
            "Let's talk later.",
            "A PART OF ME IS SO ANGRY WITH YOU",
            "A part of me is hurt!!",
            "You idiot, a part of me is hurt.",
            "A part of me is hurt. You never listen.",
            "I felt hurt because you're so selfish.",
            "Shut up, I feel awful.",
        ] {
            check_met(input, Check::SpeaksForPart, false);
        }
    }

    #[test]
    fn acknowledges_impact() {
        for input in [
            "That must have been hard for you.",
            "I can see it hurt you.",
            "That wasn’t fair to you.",
            "I scared you, and I'm sorry.",
            "That was not your fault.",
            "You felt alone.",
        ] {
            check_met(input, Check::AcknowledgesImpact, true);
        }
        for input in ["I was tired.", "A part of me got scared."] {
            check_met(input, Check::AcknowledgesImpact, false);
        }
    }

    #[test]
    fn no_but_after_apology() {
        for input in [
            "I'm sorry I shouted.",
            "I'm sorry. But I want to talk about it later.",
            "I was tired, but I still want to talk.",
            "I apologise for the noise.",
        ] {
            check_met(input, Check::NoButAfterApology, true);
        }
        for input in [
            "I'm sorry, but you started it.",
            "I’m SORRY but",
            "I apologise, however I was right.",
            "I apologize for shouting, though you were loud too.",
            "Sorry I was late; although the traffic was awful.",
        ] {
            check_met(input, Check::NoButAfterApology, false);
        }
    }

    #[test]
    fn no_always_never() {
        for input in [
            "I'm sorry I shouted.",
            "I always want to hear you.",
            "Do you always take the bus?",
        ] {
            check_met(input, Check::NoAlwaysNever, true);
        }
        for input in [
            "You always do this.",
            "I'm sorry, you never listen though.",
            "A part of me feels hurt when you never call.",
        ] {
            check_met(input, Check::NoAlwaysNever, false);
        }
    }

    #[test]
    fn offers_next_step() {
        for input in [
            "Next time I'll take a break.",
            "Can we try again?",
            "Let’s talk when you’re ready.",
            "I'm going to slow down.",
            "Would you like a hug?",
        ] {
            check_met(input, Check::OffersNextStep, true);
        }
        for input in ["I'm sorry I shouted.", "That was hard."] {
            check_met(input, Check::OffersNextStep, false);
        }
    }

    #[test]
    fn a_full_repair_meets_every_check() {
        let all = guidance(
            "I'm sorry I shouted. A part of me got scared. That must have been frightening for you. Next time I'll take a pause.",
        );
        assert_eq!(all.iter().map(|g| g.check).collect::<Vec<_>>(), Check::ALL);
        assert!(all.iter().all(|g| g.met), "{all:?}");
        assert_eq!(
            encouragement(&all),
            "This is a warm, full repair. Say it in your own words when the moment comes."
        );
    }

    #[test]
    fn empty_responses_get_no_guidance() {
        for input in ["", "   ", "\n\n", "...", "!!!"] {
            assert_eq!(guidance(input), Vec::new(), "input {input:?}");
        }
        assert_eq!(
            encouragement(&[]),
            "Write a response in your own words, and a few gentle notes will appear here."
        );
    }

    #[test]
    fn notes_are_warm() {
        let responses = [
            "I'm sorry I shouted. A part of me got scared. That must have been frightening for you. Next time I'll take a pause.",
            "YOU ALWAYS DO THIS!! I'm sorry but you're so selfish",
            "Let's talk later.",
            "I was tired.",
        ];
        let mut notes = Vec::new();
        for response in responses {
            let all = guidance(response);
            assert_eq!(all.iter().map(|g| g.check).collect::<Vec<_>>(), Check::ALL);
            notes.extend(all.iter().map(|g| g.note));
            notes.push(encouragement(&all));
        }
        for note in notes {
            let lower = note.to_lowercase();
            for harsh in ["wrong", "fail", "bad", "should", "score", "%"] {
                assert!(!lower.contains(harsh), "{note:?} says {harsh:?}");
            }
            assert!(!note.chars().any(|c| c.is_ascii_digit()), "{note:?}");
        }
    }

    #[test]
    fn encouragement_follows_how_much_is_met() {
        let with = |met: usize| -> Vec<Guidance> {
            Check::ALL
                .iter()
                .enumerate()
                .map(|(i, &check)| Guidance {
                    check,
                    met: i < met,
                    note: "",
                })
                .collect()
        };
        let lines: Vec<&str> = (0..=5).map(|met| encouragement(&with(met))).collect();
        assert_eq!(
            lines[0],
            "Thank you for practising. Every try makes the real moment a little easier."
        );
        assert_ne!(lines[0], lines[1]);
        assert_eq!(lines[1], lines[2]);
        assert_ne!(lines[2], lines[3]);
        assert_eq!(lines[3], lines[4]);
        assert_ne!(lines[4], lines[5]);
    }

    #[test]
    fn long_input_is_handled() {
        let repeated = "You never listen to me. ".repeat(5_000);
        assert!(repeated.len() > 100_000);
        let rewrites = rewrite(&repeated);
        assert!(!rewrites.is_empty());
        assert!(rewrites.len() <= MAX_BLAMES * 3);
        let all = guidance(&repeated);
        assert_eq!(all.len(), Check::ALL.len());

        let inputs = [
            "a".repeat(100_000),
            "you ".repeat(30_000),
            "you always ".repeat(10_000),
            "!".repeat(100_000),
            "😡".repeat(30_000),
            "sorry ".repeat(20_000),
            format!("{} you never listen", "x ".repeat(60_000)),
        ];
        for input in &inputs {
            assert!(rewrite(input).len() <= MAX_BLAMES * 3);
            assert!(guidance(input).len() <= Check::ALL.len());
        }
    }

    #[test]
    fn odd_unicode_is_handled() {
        for input in [
            "You never 👂 listen 😢",
            "😀🙏",
            "אתה תמיד מפריע לי",
            "أنت لا تستمع إلي أبدا",
            "\u{202E}you never listen",
            "you ne\u{301}ver listen",
            "\u{301}\u{301}you always",
            "you\u{200D}always",
            "ＹＯＵ ＮＥＶＥＲ",
            "You’re so 😡",
            "’’’ ‘‘ ' - -- —",
            "İ always you never ß ǅ",
            "you're so \u{0}\u{7f}",
        ] {
            let _ = rewrite(input);
            let _ = guidance(input);
        }
        check(
            "You never 👂 listen 😢",
            BlameRule::Never,
            "You never",
            "A part of me feels hurt when you don't 👂 listen 😢.",
        );
        check_alone("You’re so 😡");
    }

    #[test]
    fn results_are_deterministic() {
        for input in [
            "You never listen to me and you always interrupt",
            "I'm sorry, but you made me so angry.",
        ] {
            assert_eq!(rewrite(input), rewrite(input));
            assert_eq!(guidance(input), guidance(input));
        }
    }
}
