# Practise: the repair phrases (ours and the person's own), the practice cards with their
# gentle guidance, the parts-language helper, and Practise together (a parent and a child,
# side by side).

## The Practise screen.

practice-title = Practise
practice-intro = Words for repair, to try out before you need them. They are examples to make your own, never scripts.
practice-together = Practise together
practice-together-hint = With your child, side by side: feelings, a repair sentence and a small game.
# A link to the partners' guide of Talk it through.
practice-guide = When one of you is further along
practice-guide-hint = A short guide for partners, and the shared words you agree to use when it gets hard.
# The name of the row of three tabs below.
practice-views = What to practise
practice-phrases = Phrases
practice-cards = Practice cards
practice-helper = Parts language

## The phrases.

# The legend over the chips of the repair steps, and the label of the step of one's own phrase.
practice-step-legend = Step
# The legend over the chips of who a phrase is for, and the label of the same in the form.
practice-audience-legend = For
# The chip that shows every step, or everyone.
practice-all = All
practice-favourites-only = Favourites only
practice-no-favourites = No favourites yet. Tap the star on a phrase you'd like to keep close.
practice-none-match = No phrases here yet. Try another step or person, or add your own below.
practice-phrase-count = { $count ->
    [one] 1 phrase
   *[other] { $count } phrases
}
# The star's name for screen readers, with the start of the phrase.
practice-favourite-named = Favourite: { $phrase }
# A badge on a phrase the person wrote.
practice-mine = Mine
practice-add-heading = Add my own phrase
practice-edit-heading = Change my phrase
practice-phrase-label = The phrase
practice-why-label = Why it helps me (optional)
practice-save-phrase = Save phrase
practice-edit = Edit
practice-edit-named = Edit: { $phrase }
practice-delete = Delete
practice-delete-named = Delete: { $phrase }
practice-cancel = Cancel
practice-phrase-saved = Your phrase is saved.
practice-phrase-deleted = Phrase deleted.

# The steps a phrase serves: the five steps of a repair, and the intention for next time.
practice-phrase-step-notice = Notice my parts
practice-phrase-step-find_self = Find calm
practice-phrase-step-listen = Listen
practice-phrase-step-acknowledge = Acknowledge impact
practice-phrase-step-respond = Repairing response
practice-phrase-step-intention = Next time
# Who a phrase is for: shown as chips and beside each phrase.
practice-audience-partner = Partner
practice-audience-child_2_4 = Child 2–4
practice-audience-child_5_8 = Child 5–8
practice-audience-child_9_12 = Child 9–12
practice-audience-teen = Teen
practice-audience-myself = Myself

## The practice cards.

# The name of the two buttons that choose the situations: with a partner or with a child.
practice-card-audience = Situations with
practice-card-partner = A partner
practice-card-child = A child
practice-choose = Choose a response, or write your own
practice-own-response = My own words
practice-see-guidance = See gentle guidance
practice-keep-next = Keep this and try another
practice-skip = Another situation
practice-finish = Finish for now
practice-pick-first = Choose a response or write your own first.
practice-cards-kept = { $count ->
    [one] 1 card kept in this practice.
   *[other] { $count } cards kept in this practice.
}

# The gentle checks on a response, each with its name and a note. Never a score.
practice-check-for_part = Speaking for a part
practice-check-impact = Their side of it
practice-check-no_but = An apology without “but”
practice-check-no_always_never = This time, not “always”
practice-check-next_step = A next step
practice-note-from-part = It sounds like a part of you is speaking right now. You could speak for it instead: “A part of me got scared…”.
practice-note-for-part = You spoke for a part of you, not from it. That makes it easier to hear.
practice-note-name-part = You could try naming the part: “A part of me got scared…”.
practice-note-impact = You named how it was for them. That helps them feel seen.
practice-note-no-impact = You could add a line about their side, like “That must have been hard for you.”
practice-note-but = A “but” after “sorry” can make the apology hard to hear. You could end the sentence there and say the rest later.
practice-note-apology-stands = Your apology stands on its own, with no “but” to take it back.
practice-note-no-apology = Nothing is taking your words back. If you apologise, letting it stand on its own helps it land.
practice-note-absolute = “Always” and “never” can make it hard to listen. You could speak about this one time.
practice-note-this-moment = You spoke about this moment, not about always or never. That keeps the door open.
practice-note-next-step = You offered a next step. That shows the relationship can stretch and mend.
practice-note-no-next-step = You could add what you'd like to happen next, like “Next time, I'll…” or “Can we try again?”
# One line over the notes, by how much of the guidance the response already meets.
practice-encourage-empty = Write a response in your own words, and a few gentle notes will appear here.
practice-encourage-full = This is a warm, full repair. Say it in your own words when the moment comes.
practice-encourage-most = There is a lot of care in this. One small change could help it land even more softly.
practice-encourage-some = You've made a start. Pick one note that speaks to you and try a small change.
practice-encourage-none = Thank you for practising. Every try makes the real moment a little easier.

## The parts-language helper. Its suggestions rewrite sentences in English; a language that
## has no rules of its own can say so in its intro and in the line shown when nothing is found.

practice-helper-intro = Type or paste something you said, or want to say. Mend suggests ways to say it for a part of you, so it is easier to hear.
practice-helper-label = Your sentence
practice-helper-none = Nothing here sounds like blame. If it still feels sharp, try starting with “A part of me…”.
practice-helper-empty = Suggestions appear here as you type.
practice-helper-unsafe = What you wrote sounds like it may not be safe for you. Finding other words isn't the answer to that. You matter, and your safety comes first.
practice-helper-count = { $count ->
    [one] 1 suggestion.
   *[other] { $count } suggestions.
}
# Above a suggestion: the blaming words as they were typed.
practice-helper-instead = Instead of “{ $found }”:
# Why each kind of rewrite may land more gently.
practice-helper-why-always = “Always” sums up a whole person. Speaking for your part about this moment is easier to hear.
practice-helper-why-never = “Never” leaves no room for the times they tried. Speaking for your part invites them closer.
practice-helper-why-made_me = Saying a part of you felt it keeps the feeling yours, and still tells them it mattered.
practice-helper-why-youre_so = A label asks for a defence. Sharing what your part feels asks for care.
practice-helper-why-youre_such = Calling someone a name asks for a defence. Sharing what your part feels asks for care.
practice-helper-why-why_cant_you = “Why can't you” can land as an accusation. Naming the longing turns it into an invitation.
practice-helper-why-because_of_you = Blame starts an argument about fault. Naming your part's feeling starts a conversation.
practice-helper-why-you_dont = “You don't” tells them what is inside them. Saying how it seems to your part leaves room for their side.

## Practise together: a parent and a child, side by side. The child's steps are in very
## large type and short words; the parent reads the sentences aloud.

practice-together-intro = A few minutes side by side with your child, after a hard moment: how they feel, a sentence for you to read aloud, and what would help now. There is nothing to get right.
practice-together-who = How old is your child?
practice-together-no-name = Mend never asks for your child's name.
practice-together-back = Back
practice-together-stop = Stop
practice-together-step = Step { $step } of { $steps }
# Said to the child.
practice-together-feeling = How are you feeling?
practice-together-read-aloud = Read one aloud
practice-together-read-hint = Choose the one that fits, and say it in your own voice.
practice-together-why = Why it helps
practice-together-said-it = I said this one
# Said to the child.
practice-together-helps = What would help now?
practice-together-own-words = In my own words
practice-together-own-label = What would help
practice-together-own-done = That's it
# The swap game: the child plays the grown-up and picks what the grown-up says.
practice-together-swap-offer = Want to swap?
practice-together-swap-intro = You be the grown-up, and I'll be you. You choose what the grown-up says.
practice-together-swap-play = Let's play
practice-together-swap-skip = Not today
practice-together-round = Round { $round } of { $rounds }
practice-together-swap-ask = Which sounds kind, and says sorry for what happened?
practice-together-talk = Let's talk about it
practice-together-you-chose = You chose:
practice-together-no-wrong = There's no wrong answer. Say what you noticed.
practice-together-next = Next
practice-together-to-the-end = On to the end
practice-together-closing = We're okay
practice-together-closing-say = Breathe slowly together and watch the bubble.
practice-together-kept = Kept in your History.
practice-together-again = Practise again
practice-together-done = Done
practice-together-see-it = See it in History
