# History: the timeline of everything kept, its filters and search, and the words each kind
# of record shows, there and elsewhere.

history-title = History
history-filters = Filters
history-search = Search
history-search-placeholder = Words in notes, names, what happened
history-kind = Show
history-everything = Everything
history-person = With
history-anyone = Anyone
history-part = Part
history-any-part = Any part
history-status = Rupture status
# A name in a filter that was removed, as past records still carry it.
history-removed = { $name } (removed)
history-any-status = Any status
history-empty = Nothing here yet. Your check-ins, pauses, ruptures and repairs will appear here, newest first.
history-no-match = Nothing matches these filters.
history-clear = Clear filters
history-more = Show more
history-the-end = That's everything.

# What kind of record it is: one, for a badge,
entry-checkin = Check-in
entry-pause = Pause
entry-rupture = Rupture
entry-repair = Repair
entry-reflection = Reflection
entry-practice = Practice
entry-talk = Talk
# and many, for the filter.
entries-checkin = Check-ins
entries-pause = Pauses
entries-rupture = Ruptures
entries-repair = Repairs
entries-reflection = Reflections
entries-practice = Practice
entries-talk = Talks

# Where a rupture stands.
rupture-status-open = open
rupture-status-repairing = repairing
rupture-status-repaired = repaired
rupture-status-let_go = let go
# How a pause ended, or that it still runs.
pause-end-completed = came back as planned
pause-end-ended_early = came back early
pause-end-cancelled = called off
pause-end-none = under way
# How a repair went, or that it goes on.
repair-outcome-reconnected = We reconnected
repair-outcome-partly = Partly mended
repair-outcome-not_yet = Not yet
repair-outcome-none = in progress
# Where a talk stands.
talk-status-repaired = repaired together
talk-status-finished = finished
talk-status-stopped = stopped
talk-status-under-way = under way
# Who a time of practice together was for.
band-2_4 = Ages 2–4
band-5_8 = Ages 5–8
band-9_12 = Ages 9–12
band-teen = Teen

# The lines a record shows in the timeline.
line-pause = A pause of { $length }
line-about = About: { $what }
line-size = Size { $size } of 5
line-repairing = Repairing: { $what }
line-self = Self { $level } of 10
line-together = Practised together, { $band }
line-felt = Felt: { $feeling }. “{ $sentence }”
line-swapped = played the swap game
line-cards = { $count ->
    [one] Practised 1 card
   *[other] Practised { $count } cards
}
line-talk = Talk it through together
line-talk-about = Talk it through: { $what }
line-next-time = Next time: { $words }

# Who a record was with, in the timeline.
entry-with = with { $person }

# Deleting a record from its page: the button's name, and what the toast says.
delete = Delete
delete-checkin = Delete this check-in
delete-pause = Delete this pause
delete-rupture = Delete this rupture
delete-repair = Delete this repair
delete-reflection = Delete this reflection
delete-practice = Delete this practice
delete-talk = Delete this talk
deleted-checkin = Check-in deleted.
deleted-pause = Pause deleted.
deleted-rupture = Rupture deleted.
deleted-repair = Repair deleted.
deleted-reflection = Reflection deleted.
deleted-practice = Practice deleted.
deleted-talk = Talk deleted.
# The list itself, for screen readers.
history-timeline = Timeline
