//! The words the rules look for and the words they answer with: feelings, longings,
//! reactions, praise, insults. Plain tables, for writers as much as for the code.

/// Phrases that acknowledge the other person's experience, in opened-up lowercase words.
#[rustfmt::skip]
pub(super) const ACKNOWLEDGE: &[&str] = &[
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
pub(super) const NEXT_STEP: &[&str] = &[
    "next time", "i will", "i am going to", "can we", "could we", "shall we",
    "would you like", "would it help", "would you be willing", "let us",
    "when you are ready", "try again", "from now on", "i want to", "i would like to",
    "i promise", "how about", "going forward", "i plan to", "what would help",
];

/// Phrases that speak for a part, in opened-up lowercase words.
pub(super) const PART_PHRASES: &[&str] = &[
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
pub(super) const QUESTION_HELPERS: &[&str] = &[
    "do", "does", "did", "are", "were", "have", "has", "had", "will", "would", "can", "could",
    "should", "shall", "may", "might", "must",
];

/// Words that end the user's own words kept in a suggestion.
pub(super) const CLAUSE_STOPS: &[&str] = &[
    "and", "but", "because", "cause", "cuz", "so", "or", "while", "whenever", "when", "if", "then",
    "yet", "though", "although", "unless", "until",
];

/// Small words that may sit before a verb without changing the pattern.
pub(super) const ADVERBS: &[&str] = &[
    "even", "really", "ever", "actually", "once", "truly", "properly", "just", "still",
];

/// Words that only make a feeling stronger.
#[rustfmt::skip]
pub(super) const INTENSIFIERS: &[&str] = &[
    "so", "such", "very", "really", "just", "damn", "damned", "bloody", "fucking", "effing",
    "freaking", "frickin", "fricking", "incredibly", "utterly", "totally", "unbelievably",
    "ridiculously", "insanely", "super", "extremely", "completely", "absolutely",
];

/// Words that show an "always" or "you made me" is praise: "you always make me laugh".
#[rustfmt::skip]
pub(super) const PRAISE_WORDS: &[&str] = &[
    "laugh", "laughing", "laughed", "smile", "smiling", "smiled", "grin", "happy",
    "happier", "happiest", "proud", "safe", "loved", "special", "better", "wonderful",
    "amazing", "welcome", "beautiful", "calm", "calmer", "strong", "stronger", "brave",
    "alive", "lucky", "comfortable", "confident", "understood", "valued", "appreciated",
    "wanted", "cheer", "brighten", "grateful", "thankful", "joy", "kind", "kindness",
];

/// Phrases that show praise, in opened-up lowercase words.
#[rustfmt::skip]
pub(super) const PRAISE_PHRASES: &[&str] = &[
    "there for me", "help me", "have my back", "believe in me", "support me",
    "look out for me", "take care of me", "make my day", "feel good", "so good",
    "know how to", "on time",
];

/// Kind words that follow "you're so" or "you're such a".
#[rustfmt::skip]
pub(super) const KIND_WORDS: &[&str] = &[
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
pub(super) const NOT_A_QUALITY: &[&str] = &[
    "not", "much", "many", "far", "close", "long", "that", "the", "a", "an", "to", "sorry", "used",
    "into", "in", "on", "at", "glad", "like", "i", "you",
];

/// Labels for a person, with the feeling a part of the speaker may have underneath.
pub(super) const LABEL_FEELINGS: &[(&str, &str)] = &[
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
pub(super) const NAME_FEELINGS: &[(&str, &str)] = &[
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
pub(super) const STATE_FEELINGS: &[(&str, &str)] = &[
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
pub(super) const VERB_FEELINGS: &[(&str, &str)] = &[
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
pub(super) const YOU_DONT_VERBS: &[&str] = &[
    "care", "listen", "understand", "help", "love", "respect", "notice", "appreciate",
    "try", "hear", "support", "trust", "value", "ask", "call", "include", "get", "think",
    "see",
];

/// Verbs after "you never" that make it praise: "you never fail to make me smile".
#[rustfmt::skip]
pub(super) const NEVER_PRAISE: &[&str] = &[
    "fail", "cease", "complain", "judge", "disappoint", "quit", "miss", "forget",
    "criticise", "criticize", "hesitate", "know",
];

/// What a part may be longing for, by the verb after "why can't you".
pub(super) const LONGINGS: &[(&str, &str)] = &[
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
pub(super) const FEELINGS: &[&str] = &[
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
pub(super) const REACTIONS: &[(&str, &str, &str)] = &[
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
pub(super) const IRREGULAR_PAST: &[(&str, &str)] = &[
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
pub(super) const OTHER_VERBS: &[&str] = &[
    "want", "like", "visit", "offer", "plan", "check", "pick", "walk", "open", "close", "finish",
    "start", "work", "stay", "wait", "turn", "watch", "change", "join", "show", "act", "agree",
    "allow", "hold", "kiss", "move", "need", "order", "pay", "pull", "return", "share", "smile",
    "thank", "use", "stop", "ask",
];

/// Names and words that speak from an angry part rather than for it.
pub(super) const INSULTS: &[&str] = &[
    "idiot", "moron", "jerk", "loser", "bitch", "bastard", "asshole", "arsehole", "fool",
    "dickhead", "prick", "twat", "psycho",
];

/// Phrases that speak from an angry part, in opened-up lowercase words.
pub(super) const INSULT_PHRASES: &[&str] = &[
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
pub(super) const INSULT_LABELS: &[&str] = &[
    "stupid", "pathetic", "useless", "dumb", "worthless", "ridiculous", "crazy", "selfish",
    "lazy", "insane", "disgusting", "hopeless", "idiotic",
];

pub(super) fn lookup(table: &[(&str, &'static str)], key: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}
