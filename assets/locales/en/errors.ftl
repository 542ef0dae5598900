# What Mend says when something did not happen: a save, a backup, an import, opening the
# data. Each says what happened to the person's data (usually: nothing was changed) and what
# to do next. Values such as { $path } are file paths; { $detail } is the system's own
# words, which stay in whatever language the system speaks.

error-inside = Something went wrong inside Mend, and nothing was changed. Please try again.
error-settings-unreadable = Your settings were saved in a form this version of Mend can't read (perhaps by another version), so Mend has left them exactly as they are and can't change them here.

# Two people, one phone: a move of the talk that doesn't fit.
error-talk-not-now = The talk has already moved on, perhaps on another screen. Here is where it is now.
error-talk-no-rupture = Only a finished talk about a rupture can mark it repaired.
error-talk-too-many-parts = Choose up to { $count } parts for one turn.

# $what is one of the error-thing-… words below (or, for a kind Mend has no word for, its
# English name).
error-not-found = That { $what } couldn't be found. It may have been deleted.
error-thing-checkin = check-in
error-thing-pause = pause
error-thing-rupture = rupture
error-thing-repair = repair
error-thing-reflection = reflection
error-thing-talk = talk
error-thing-practice = practice session
error-thing-together = time together
error-thing-part = part
error-thing-person = person
error-name-taken = You already have one with that name. Try another, or add a word to it.
error-day-taken = That day already has a reflection. Delete that one first if you'd like this one back.
# $how is how the rupture ended: repaired, or let go.
error-rupture-closed = This rupture is already { $how }. Open it again first if you'd like to repair more.
# $doing is one of the error-doing-… phrases; $why says what the device said.
error-io = Mend couldn't { $doing }: { $why }.
error-doing-backup = write a backup
error-doing-restore = put the backup in place
error-doing-encrypt = encrypt its data
error-doing-change-passphrase = change the passphrase
error-export = Mend couldn't write the export to { $path }: { $why }. Nothing else was changed.
# $why is one of the error-check-… sentences, or an error-open-… one.
error-bad-backup = That backup can't be used: { $why }.
error-bad-copy = The copy Mend made didn't pass its check ({ $why }), so nothing was changed.
error-wont-overwrite = There is a data file there already; Mend won't overwrite it.
error-already-encrypted = Your data is already encrypted.
error-not-encrypted = Your data isn't encrypted yet.
error-pin = The PIN could not be kept ({ $detail }).
error-migrate = Mend couldn't bring the restored data up to date ({ $detail }).
error-random = Mend couldn't get random numbers from this device to make a new key ({ $detail }), so nothing was changed.

# What the device said, within a sentence: after "Mend couldn't write a backup: ".
error-device-full = your device is out of space. Free some space and try again
error-device-read-only = that folder can't be written to

# The database could not do what was asked.
error-db-unreadable = Part of this record was kept in a form Mend can't read, so Mend has left it exactly as it is and can't show it here.
error-db-full = Your device is out of space, so this wasn't saved. Nothing was changed. Free some space and try again.
error-db-read-only = Mend can't write to its data folder just now, so this wasn't saved. Nothing was changed.
error-db-busy = Another copy of Mend is using your data just now, so this wasn't saved. Please try again.
error-db-other = Mend couldn't reach its data just now, and nothing was changed. Please try again.

# Opening the data file.
error-open-folder = Mend couldn't create its data folder at { $path }. { $detail }
error-open-not-mend = The file at { $path } isn't a Mend data file, so Mend has left it exactly as it is. Move it somewhere else, or point MEND_DATA_DIR at another folder, and Mend will start fresh.
error-open-newer = This data was saved by a newer version of Mend (data version { $found }; this version knows up to { $known }). Mend has left it untouched so nothing is lost. Please update Mend to open it. The file is at { $path }.
error-open-sqlite = Mend couldn't open its data at { $path }. { $detail }
error-open-migrate = Mend couldn't bring its data at { $path } up to date, and changed nothing. { $detail }
error-open-damaged = Mend found that its data file was damaged, so it moved it aside to { $path } rather than risk changing it. Nothing was deleted.
error-open-read-only = Mend can't write to its data at { $path }. The folder may be read-only, or the device full. Nothing was changed.
error-open-no-backup = Mend needs to update its data at { $path }, but couldn't make a backup first ({ $detail }), so it changed nothing. Free some space and open Mend again.
error-open-locked = Your data is encrypted. Enter your passphrase to open it.
error-open-wrong-passphrase = That passphrase didn't open your data. Nothing was changed. Try again.

# Starting Mend from the command line.
error-launch-unknown-option = Unknown option { $option }.
error-launch-no-way-to-show = This build of Mend has no browser preview and there is no display for a window. Build it with `--features preview`, or run it where there is a display.
# $var is the name of a setting of the environment, such as MEND_PREVIEW_ADDR.
error-launch-bad-address = { $var } should look like 127.0.0.1:8080, not { $text }.
error-no-data-dir-phone = Mend couldn't find its folder on this phone.
error-no-data-dir-computer = Mend couldn't find a folder for its data on this computer. Set MEND_DATA_DIR to one.

# What a check of the files found.
# $mode is the file's permissions, as three octal digits such as 644.
error-too-open = Other accounts on this computer can open { $path } (its mode is { $mode }). Open Mend once and it will make it private again.
error-cant-look = Mend couldn't look at who can read its files: { $detail }.
# After "That backup can't be used: ".
error-check-damaged = the copy is damaged ({ $detail })

# Handing an export over.
error-offer = The export couldn't be offered to your browser ({ $detail }). Please try again.
error-declined = Your phone couldn't open a place for the export just now, so nothing was sent. Please try again.

# A file to import that was refused as a whole.
error-import-empty = This file is empty, so there was nothing to import.
error-import-too-big = This file is too large to be a Mend export ({ $mb } MB), so nothing was imported.
error-import-truncated = This file seems to be cut short, so nothing was imported. Try exporting it again.
error-import-not-mend = This file isn't a Mend export, so nothing was imported.
error-import-newer = This file comes from a newer version of Mend (export format { $found }; this version reads up to { $known }). Nothing was imported. Please update Mend, then try again.
error-import-damaged = This Mend export is damaged ({ $detail }), so nothing was imported.
# $arrived is how much came, such as "1.0 of 3.0 MB".
error-import-cut = Only { $arrived } of this file arrived, so nothing was imported. Please choose it again.
error-import-garbled = The file arrived out of order, so nothing was imported. Please choose it again.
error-import-receiving = Mend couldn't keep the file while it arrived: { $why }. Nothing was imported.
error-import-reading = That file couldn't be read: { $why }. Nothing was imported.

# A new passphrase for encrypted data.
error-passphrase-too-short = Choose a passphrase of at least { $min } characters. A few words you will remember work well.
error-passphrase-mismatch = The two passphrases are not the same. Type them again.
error-passphrase-derive = The key could not be made from the passphrase ({ $detail }).

# A pause, a repair and a merge of parts that can't be done.
error-pause-length = Choose a length between 1 and { $max } minutes.
error-pause-ended = This pause has already ended.
error-repair-not-at-outcome = Walk through the steps before choosing how it went.
error-repair-complete = This repair is already complete.
error-merge-into-itself = A part can't be merged into itself. Choose another part to merge it into.
error-merge-into-archived = “{ $name }” is archived, so nothing can be merged into it. Bring it back first, or choose another part.
# $what is one of the text-what-… words (what it fears, the notes); $from and $into are the
# parts' names; $max is how many characters a note can have.
error-merge-too-long = Together, { $what } of “{ $from }” and “{ $into }” would be longer than { $max } characters, so nothing was merged. Shorten one of them first.

# What was typed that can't be kept as it is. $what names the field, as one of the
# text-what-… words below.
text-empty-name = Give it a name first. A word or two is enough.
text-phone-number = That doesn't look like a phone number yet. Use digits, with spaces, +, - or brackets if you like, from 3 to 20 digits.
text-name-too-long = Names can be up to { $max } characters. This one has { $chars }.
text-empty-required = Write a few words about { $what } first.
# The sign that groups the thousands of long numbers.
text-thousands = ,
# $max and $chars are numbers written with their thousands grouped (10,000).
text-too-long = { $what } can be up to { $max } characters. This one has { $chars }.
text-unusual = { $what } was kept with characters Mend now leaves out, such as invisible ones or space around it. It's kept as it is until you change it.
# Shown beside a text kept from before that is longer than Mend keeps now.
text-kept-too-long = { $what } is longer than Mend keeps now ({ $chars } characters; up to { $max }). It's kept whole, as it was, until you change it. To save a change, make it shorter.
# The fields, as named in the sentences above (in English they begin a sentence with a
# capital added by Mend).
text-what-the-note = the note
text-what-the-notes = the notes
text-what-what-happened = what happened
text-what-your-answer = your answer
text-what-your-words = your words
text-what-your-response = your response
text-what-the-situation = the situation
text-what-the-intention = the intention
text-what-how-it-felt = how it felt
text-what-the-phrase = the phrase
text-what-a-phrase = a phrase
text-what-why-it-helps = why it helps
text-what-the-feeling = the feeling
text-what-the-sentence = the sentence
text-what-what-helped = what helped
text-what-what-you-said = what you said
text-what-what-you-heard = what you heard
text-what-what-you-added = what you added
text-what-what-you-ll-do-next-time = what you'll do next time
text-what-the-part = the part
text-what-the-name = the name
text-what-what-it-fears = what it fears
text-what-what-it-needs = what it needs
text-what-what-sets-it-off = what sets it off
text-what-the-prompt = the prompt
text-what-the-fears = the fears
text-what-the-needs = the needs
text-what-what-sets-them-off = what sets them off
# The fields as an import's report names them (import.ftl).
text-what-self-level = Self level
text-what-how-settled-you-felt = how settled you felt
text-what-size = size
text-what-intensity = intensity
text-what-places-in-the-body = places in the body
text-what-fears = fears
text-what-checks-met = checks met
text-what-the-checks-mend-knows = the checks Mend knows
text-what-the-eight-qualities-of-self = the eight qualities of Self
text-what-its-role = its role
text-what-its-age-band = its age band
text-what-its-step = its step
text-what-its-status = its status
text-what-its-outcome = its outcome
text-what-its-ending = its ending
text-what-its-turns = its turns
text-what-who-it-is-for = who it is for
text-what-where-it-happened = where it happened
text-what-a-turn-s-step = a turn's step
text-what-a-turn-s-speaker = a turn's speaker
text-what-the-kind-of-practice = the kind of practice
text-what-day = day
text-what-prompt = prompt
text-what-situation = situation
text-what-time-to-repair = time to repair
