# My parts: the list of parts with how often each comes up, one part's page with what is
# known of it and its check-ins, and merging, archiving and bringing a part back.

parts-title = My parts
parts-intro = These are the parts offered when you check in. Name them in a way that feels true to you, and open one to get to know it better.
# The field's name and its placeholder; it is also the name of the Add button beside it,
# so it begins with the word of `add`.
parts-add = Add a part by name
parts-empty = No parts yet. Add one below, or when you check in.
# On the list, for a part never checked in with.
parts-not-yet = not checked in yet
# On the list: { $times } is one of the time-times words ("twice"), { $ago } one of the
# time-ago words ("3 days ago").
parts-seen = seen { $times } · last seen { $ago }
parts-show-archived = Show archived parts
parts-hide-archived = Hide archived parts
parts-archived-title = Archived parts
parts-archived-note = Archived parts aren't offered when you check in. Their check-ins stay as they were.
parts-no-archived = No archived parts.
parts-merged-into-name = merged into { $name }
parts-bring-back = Bring back
# The Bring back button's name for screen readers, with the part's name.
parts-bring-back-named = Bring back { $name }
parts-brought-back = “{ $name }” is back on your check-in chips.

# A part's page.
parts-a-part = A part
parts-all = All my parts
# What kind of part it is and how old it feels, as far as known: "Role: manager · How old
# it feels: 9–12".
parts-kind-role = Role: { $role }
parts-kind-age = How old it feels: { $age }
parts-stats-title = How often it comes up
parts-stats-how = The usual intensity is the middle of the ones you noted; Self is their average. Deleted check-ins don't count.
parts-never = This part hasn't come up in a check-in yet.
# { $times } is one of the time-times words: "once", "twice", "12 times".
parts-come-up = This part has come up { $times }.
# { $last } and { $first } are time-ago words: "3 days ago".
parts-last-and-first = It was last here { $last }. You first noticed it { $first }.
parts-that-was = That was { $ago }.
parts-most-with = Most often with { $name }.
# "Most often with Sam (twice), then Alex (once)."
parts-most-with-then = Most often with { $name } ({ $times }), then { $others }.
parts-with-times = { $name } ({ $times })
# Two names, or a list and one more name, joined.
parts-and = { $first } and { $second }
parts-usual-intensity = Its usual intensity is about { $level } out of 10.
parts-usual-self = Self was around { $level } out of 10 when it was here.
parts-checkins-title = Recent check-ins
# One check-in on the part's page: "Intensity 6 of 10 · Self 4 of 10 · with Sam".
parts-checkin-intensity = Intensity { $level } of 10
parts-checkin-self = Self { $level } of 10
# A check-in with nothing but the part noted.
parts-checked-in = Checked in
# Followed by a link to History.
parts-showing-recent = Showing the { $count } most recent. All of them are in History, where you can filter by this part.
parts-open-history = Open History
parts-is-archived = This part is archived, so it isn't offered when you check in. Its check-ins stay.
# { $name } becomes a link to the part it was merged into.
parts-merged-into = It was merged into { $name }.

# What is known of a part.
parts-about-title = Getting to know it
parts-name = Name
parts-role-legend = What kind of part is it?
parts-role-hint = Some parts protect you, and some are the hurt parts they protect. Choose one if it fits, or leave it.
# The kinds of part, in Internal Family Systems' words, and what each means.
parts-role-manager = manager
parts-role-firefighter = firefighter
parts-role-exile = exile
parts-role-not_sure = not sure
parts-role-explained-manager = Acts ahead of time to keep things under control: planning, pleasing, criticising.
parts-role-explained-firefighter = Jumps in when pain breaks through, to put it out fast: lashing out, shutting down, numbing.
parts-role-explained-exile = A younger, hurt part that the others protect. It often carries old pain or fear.
parts-role-explained-not_sure = That's fine. Getting to know a part takes time.
# Named in the note about a role or age kept by another version of Mend.
parts-role-kept = Its role
parts-age-kept = How old it feels
parts-age-legend = How old does it usually feel?
parts-fears = What is it afraid of?
parts-fears-hint = What does it fear would happen if it stopped doing what it does?
parts-needs = What does it need?
parts-triggers = What sets it off?
parts-notes = Notes
parts-save = Save
parts-saved = Saved.

# Merging two parts into one.
parts-merge-title = Merge with another part
parts-merge-note = If two names turn out to be the same part, you can merge them. Its check-ins move to the other part, and what you wrote about it is added there.
parts-merge-start = Merge into another part…
parts-merge-none = There's no other part to merge with yet.
parts-merge-which = Merge “{ $name }” into which part?
parts-merge-choose-first = Choose the part to merge into first.
parts-merge-continue = Continue
parts-merge-cancel = Cancel
# The confirmation's name for screen readers.
parts-merge-confirm = Confirm merge
parts-merge-yes = Yes, merge them
# What a merge will do, named in full before it happens.
parts-merge-summary = { $count ->
        [0] “{ $from }” has no check-ins yet, so none will move.
        [one] The one check-in of “{ $from }” will move to “{ $into }”.
       *[other] All { $count } check-ins of “{ $from }” will move to “{ $into }”.
    } “{ $from }” will be archived, and what you wrote about it will be added to “{ $into }”.
parts-merged = Merged. “{ $from }” is now part of “{ $into }”.

# Archiving a part.
parts-archive-title = Archive
parts-archive-note = Archiving takes this part off the check-in chips. Its check-ins stay, and you can bring it back any time.
parts-archive = Archive this part
parts-archived = Archived “{ $name }”. Its check-ins keep it.

# The parts a new user starts with (records from then on, theirs to rename), named in
# the device's language when the data is first made.
parts-starter-angry = An angry part
parts-starter-worried = A worried part
parts-starter-critic = An inner critic
parts-starter-leave = A part that wants to leave
