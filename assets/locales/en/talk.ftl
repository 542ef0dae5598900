# Talk it through: two people, one phone. The first screen, the talk itself, the guide for
# when one of you is further along, and a talk's page in History. Where it stands (under
# way, finished) is in history.ftl.
#
# Many messages name one of the two. They choose their words by $who: "one" is the person
# whose phone it is, with no name typed ("you"); "two" is their partner, with no name typed
# ("your partner"); "named" is either of them once a first name was typed, the name being
# $name.

talk-title = Talk it through
talk-lead = For two of you, with one phone passed between you. Each of you speaks for your parts, one turn at a time, and the other listens and says back what they heard.
# The first thing on the first screen, with a link to Help now. Clear, and kind.
talk-not-for = Talking together is not for relationships with violence, threats or control. If that is part of yours, this isn't the answer, and your safety comes first.
talk-help-now = Help now
talk-new-to-this = New to this? A short guide for both of you
talk-names = Names, if you like
talk-names-hint = Kept only on this device, like everything else. Leave them empty for "You" and "Your partner".
talk-name-one = Your first name
talk-name-two = Your partner's first name
talk-about = What is it about?
talk-about-hint = Optional. A talk can be about a rupture, or simply time together.
talk-nothing-in-particular = Nothing in particular
# A few sentences a couple agree beforehand to say when it gets hard.
talk-shared = Our shared words
talk-shared-none = You haven't chosen shared words yet: a few sentences you both agree to use when it gets hard.
talk-shared-change = Choose our shared words
talk-begin = Begin
talk-under-way = You have a talk under way
# $when: when it began ("today at 14:05"); $one and $two: the two names as they stand
# inside a sentence ("you", "your partner", or a typed name).
talk-under-way-begun = Begun { $when }, between { $one } and { $two }.
talk-pick-up = Pick it up where you stopped
# The two buttons on every screen of a talk. A pause starts at once; "I feel unsafe" stops
# the talk and opens Help now.
talk-pause = We need a pause
talk-unsafe = I feel unsafe
talk-paused-said = The talk will wait. When you're both ready, pick it up from Now.
# Shown under words typed in a talk that speak of violence, threats or fear.
talk-unsafe-words = What you wrote sounds like someone may not be safe. Talking it through isn't the answer to that, and your safety comes first.
talk-not-written = Not written down

# The names when none was typed: at the start of a sentence (or before a colon), and
# inside one.
talk-default-name-one = You
talk-default-name-two = Your partner
talk-default-within-one = you
talk-default-within-two = your partner
# The two of them: "Sam and Alex", "You and your partner".
talk-both = { $one } and { $two }

## Before the first turn.

talk-ready-title = Ready?
talk-ready-lead = Before you start, each of you: how settled do you feel right now?
talk-ready-why = A talk tends to go better once both bodies have settled. After a flood of feeling, that often takes about 20 minutes.
# $name: one of the two, as at the start of a sentence.
talk-ready-legend = { $name }: how settled do you feel?
# The two ends of the scale, 0 and 10.
talk-ready-low = stirred up
talk-ready-high = settled
talk-suggest-pause = One of you is still quite stirred up. A pause first might help, and the talk will be here when you come back.
talk-pause-first = Take a pause first
talk-anyway = Talk anyway
talk-start = Start talking

## A turn: one speaks for a part, the other says back what they heard, and the first says
## whether that was it.

# $title: the step's title, as in Repair.
talk-step = Step { $step } of 5 · { $title }
talk-turn-speak = { $who ->
        [one] Your turn to speak
        [two] Your partner's turn to speak
       *[named] { $name }'s turn to speak
    }
talk-listens = { $who ->
        [one] You listen.
        [two] Your partner listens.
       *[named] { $name } listens.
    }
talk-speak-for = Speak for your part, not from it
talk-starters = You might start with:
talk-parts-legend = Which part is speaking? (optional)
talk-parts-hint = Up to { $count }.
# A text box's placeholder; its button's name is the word of `add`, then this.
talk-part-own = A part, in your own words
talk-keep-said = Words to keep (optional)
talk-keep-hint = Nothing is kept unless you write it here.
# $name: the one listening, as inside a sentence ("you", "your partner", or a typed name).
talk-for-listener = For the one listening ({ $name })
# The button at the end of the speaker's screen: the phone goes to the listener.
talk-pass-phone = { $who ->
        [one] Pass the phone back
        [two] Pass the phone to your partner
       *[named] Pass the phone to { $name }
    }
talk-turn-say-back = { $who ->
        [one] Your turn: say back what you heard
        [two] Your partner's turn: say back what you heard
       *[named] { $name }'s turn: say back what you heard
    }
talk-say-back-hint = Start with "What I heard is…". Say it in your own words, without adding your side yet.
talk-keep-heard = What I heard is… (optional, to keep)
# The button at the end of the listener's screen: the phone goes back to the speaker.
talk-pass-back = { $who ->
        [one] Pass it back
        [two] Pass it back to your partner
       *[named] Pass it back to { $name }
    }
talk-check = { $who ->
        [one] Back to you: was that it?
        [two] Back to your partner: was that it?
       *[named] Back to { $name }: was that it?
    }
# Before the words the listener kept of what they heard.
talk-heard-by = { $who ->
        [one] You heard:
        [two] Your partner heard:
       *[named] { $name } heard:
    }
talk-add-one = One thing to add (optional)
talk-that-was-it = Yes, that was it
talk-not-quite = Not quite: I've added one thing
talk-end-here = End the talk here
# For a screen reader, before the time the turn has run ("1:05").
talk-timer-label = Time this turn:
talk-timer-each = About { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } each. Take the time you need.
talk-timer-over = That's about { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Finish your thought; there's no rush.

## The end of a talk.

talk-next-time = Next time
talk-next-time-lead = Each of you: one thing you will do next time it gets hard. Small is good.
talk-intention = { $name }: next time, I will…
talk-see-together = See them together
talk-done-title = Thank you for talking it through
talk-done-lead = Take a slow breath together. Here is what you each said you'll do next time.
talk-repaired-legend = Do you both feel this rupture is repaired?
talk-repaired-hint = Only if you both say so. It's fine if it isn't yet.
talk-repaired-yes = { $name }: yes, it's repaired
talk-mark-repaired = Mark it repaired
talk-repaired-said = Marked repaired, together.
talk-repaired-both = You both said this rupture is repaired.
talk-see-in-history = See it in History
talk-back-to-now = Back to Now
# After "I feel unsafe".
talk-stopped-title = Talk stopped
talk-stopped = This talk was stopped so that you could look after your safety. Your safety comes first.

## The guide, and the shared words.

talk-guide-window = A guide for both of you
talk-guide-title = When one of you is further along
talk-guide-lead = Often one of you has done more inner work than the other. One speaks the language of parts; the other may feel judged, left behind, or pressed to catch up. A few words for each of you.
# The headings of the guide's two sets of cards.
talk-guide-side-further = If you're further along
talk-guide-side-newer = If this is newer to you
talk-shared-lead = Pick a few sentences you both agree to use when it gets hard. They show on the first screen of every talk.
talk-shared-none-yet = None chosen yet.
talk-take-out = Take out
# A button's name for a screen reader: $words are the sentence it takes out.
talk-take-out-named = Take out: { $words }
talk-ideas = Ideas to start from
talk-ideas-hint = Tap one to put it in the box below. Change the words to make them yours, then add it.
# A text box's placeholder; its button's name is the word of `add`, then this.
talk-own-words = In your own words
talk-shared-added = Added to your shared words.
talk-shared-taken-out = Taken out of your shared words.

## A talk's page in History.

talk-page-not-noted = not noted
talk-page-when = When
talk-page-who = Who
talk-page-settled = { $who ->
        [one] How settled you felt
        [two] How settled your partner felt
       *[named] How settled { $name } felt
    }
talk-page-steps = Steps reached
talk-page-parts = { $who ->
        [one] Parts you spoke for
        [two] Parts your partner spoke for
       *[named] Parts { $name } spoke for
    }
talk-page-pauses = Pauses
talk-page-pause-count = { $count ->
        [one] { $count } pause
       *[other] { $count } pauses
    }
talk-page-stands = Where it stands
talk-page-kept = Words you kept
# A kept turn's heading: the step's title, and who spoke.
talk-page-turn = { $step } · { $name }
talk-page-speaking-for = Speaking for: { $parts }
talk-page-added = Added:
talk-page-pick-up = Pick it up
talk-page-rupture = The rupture
