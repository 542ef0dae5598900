# Repair: the five steps after a rupture, and the notes of one afterwards.

repair-title = Repair
repair-intro = Which rupture would you like to mend?
repair-nothing-waiting = Nothing is waiting for repair. If something happened, write it down first.
repair-log-first = Log what happened
repair-something-else = Something else happened
repair-talk-together = Talk it through together
repair-step-count = Step { $step } of 5
repair-last-step = Last step
repair-about = About: { $what }
repair-phrases = Words you might use
repair-phrases-hint = Examples to adapt, not scripts. Tap the ones you used.
# Begins with the word of `add`: it is also the name of the button beside the field.
repair-own-phrase = Add words of your own
repair-intention = Next time, I will…
repair-next = Next
repair-back = Back
repair-later = Save and finish later
repair-not-calm = Not calm enough yet? That's okay.
repair-take-pause = Take a pause
repair-outcome-title = How did it go?
repair-outcome-intro = Whatever happened, you tried to reconnect. That matters.
repair-outcome-legend = Where are you now?
repair-felt = How did it feel?
repair-finish = Finish
repair-choose-outcome = Choose how it went, then finish.
repair-saved-later = Saved. You can pick this up from Now.
repair-saved-mended = Repair saved. Mended in { $time }.
repair-saved-open = Repair saved. The rupture stays open for another time.

repair-edit-title = Edit repair notes
repair-edit-window = Edit repair
repair-felt-edit = How it felt
repair-phrases-used = Phrases used
repair-remove-phrase = Remove
repair-remove-phrase-named = Remove: { $phrase }
repair-save = Save
repair-notes-updated = Repair notes updated.

# The five steps: each one's title, its guidance, the label of its note, and a few words to
# say (one a line; kept with a repair as they were said).
repair-step-notice = Notice your parts
repair-step-notice-guidance = Which parts of you were stirred up? What were they afraid of, and how old did they feel? You don't need to change anything yet. Just notice.
repair-step-notice-note = What I notice in me
repair-step-notice-phrases =
    A part of me got scared when…
    Something in me felt very young just then.
    I notice a part of me that wants to be right.
repair-step-find_self = Find some calm
repair-step-find_self-guidance = Breathe slowly for a moment. Ask the stirred-up part to give you a little room. Can you feel some curiosity about them and about you? If not yet, taking space is a good choice, and you can come back.
repair-step-find_self-note = How I'm feeling toward them now
repair-step-find_self-phrases =
    I'm calmer now, and I'd like to understand.
    Can we try that again? I want to do better.
repair-step-listen = Listen first
repair-step-listen-guidance = Ask how it was for them, and listen before you explain. Your side can wait a little. Say back what you heard, and ask if you got it right.
repair-step-listen-note = What I heard from them
repair-step-listen-phrases =
    Tell me how that was for you. I'm listening.
    What I'm hearing is… Did I get that right?
    Is there more you want me to know?
repair-step-acknowledge = Acknowledge the impact
repair-step-acknowledge-guidance = Whatever you meant, name how it landed for them. What you intended and how it felt to them can both be true.
repair-step-acknowledge-note = The impact I want to acknowledge
repair-step-acknowledge-phrases =
    I can see that really hurt you.
    It makes sense you felt alone when I walked away.
    That wasn't fair to you, and I'm sorry.
repair-step-respond = Offer a repair
repair-step-respond-guidance = Own your part plainly, without a "but" after the sorry. Then say what you'll try next time.
repair-step-respond-note = What I said or will say
repair-step-respond-phrases =
    I'm sorry I raised my voice. That's on me.
    Next time I feel that rush, I'll ask for a pause instead of leaving.
    What would help you feel better now?
