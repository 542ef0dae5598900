# A record's own page, opened from History: a check-in, a pause, a rupture, a repair, a
# reflection or a practice, with what was noted and the ways to change it.

detail-edit = Edit
# Shown for something not noted with a record.
detail-not-noted = not noted
# Before a link to the rupture a record is about.
detail-about = About:
detail-when = When
detail-with = With
detail-started = Started
detail-self = Self
detail-time-to-repair = Time to repair

# A check-in.
detail-how-strong = How strong
detail-how-old = How old it felt
detail-afraid-of = Afraid of
detail-felt-in = Felt in
# The qualities of Self noticed.
detail-noticed = Noticed
detail-where = Where
detail-note = Note

# A pause.
detail-pause-how-ended = How it ended
detail-pause-time-up = time is up
# How a pause ended, then when: "came back early (Today, 20:40)".
detail-pause-ended = { $how } ({ $when })
detail-pause-go = Go to the pause
detail-pause-rupture = About a rupture
detail-pause-not-linked = Not linked
detail-pause-link-saved = Link saved.

# A rupture.
detail-rupture-size = How big
# Its size, 1 to 5, with its plain word: "4 of 5, a big tear".
detail-rupture-size-value = { $size } of 5, { $size ->
        [1] a small wobble
        [2] a bump
        [3] it hurt
        [4] a big tear
       *[5] a deep tear
    }
detail-rupture-status = Where it stands
detail-rupture-what = What happened
detail-rupture-start-repair = Start repair
detail-rupture-continue-repair = Continue repair
detail-rupture-talk = Talk it through together
detail-rupture-let-go = Let it go
detail-rupture-open-again = Open it again
detail-rupture-let-go-done = Let go. You can open it again any time.
detail-rupture-opened = Opened again.
# The records linked to a rupture, each a line.
detail-linked = Linked
detail-linked-checkin = Check-in: { $part } · { $when }
detail-linked-pause = Pause of { $minutes } min · { $when }
detail-linked-repair = Repair · { $when }
detail-linked-repair-under-way = Repair in progress · { $when }
# { $status } is one of the talk-status-… words.
detail-linked-talk = Talk it through, { $status } · { $when }

# A repair.
detail-repair-how-went = How it went
detail-repair-at-step = in progress, at step { $step } of 5
detail-repair-at-last-step = in progress, at the last step
# A step this version of Mend doesn't know, as it was kept.
detail-repair-at-unknown-step = in progress, at a step kept as “{ $code }”
detail-repair-next-time = Next time
detail-repair-words-used = Words used
detail-repair-felt = How it felt
# A finished repair's words from its "respond" step, and the way to send them.
detail-repair-words-to-say = What I want to say
detail-repair-send-words = Send what I want to say
detail-repair-never-sent = Mend never sends anything itself. You choose who it goes to, if anyone.
detail-repair-continue = Continue
detail-repair-edit-notes = Edit notes

# A reflection.
detail-reflection-written = Written
detail-reflection-answer = My answer

# A practice: on your own with cards, or together with a child.
detail-practice-title = Practice, { $when }
detail-practice-together-title = Practised together, { $when }
detail-practice-for-whom = Who it was for
detail-practice-feeling = Feeling
detail-practice-sentence = The sentence
detail-practice-helped = What helped
detail-practice-swap-game = The swap game
# Before the words the grown-up said in the swap game.
detail-practice-grown-up-said = The grown-up said:
# Before the response chosen from those offered, or written.
detail-practice-chose = I chose:
detail-practice-wrote = I wrote:
detail-practice-again = Practise again
detail-practice-together-again = Practise together again
# What a practice response did well: "It spoke for a part and offered a next step."
detail-strengths-one = It { $one }.
detail-strengths-many = It { $rest } and { $last }.
detail-strength-for_part = spoke for a part
detail-strength-impact = acknowledged the impact
detail-strength-no_but = kept the apology whole
detail-strength-no_always_never = left out “always” and “never”
detail-strength-next_step = offered a next step
