# Settings → your data: export, import and its report, encryption, backups, deleting
# everything; and the page for an address that leads nowhere.

## Export.
data-export = Export
data-export-note = One file with everything, to keep or to move to another device. An export is not encrypted: keep it somewhere only you can reach.
data-export-button = Export everything
# On a phone: the same file, saved where the person picks rather than shared.
data-save-as = Save a copy to…
data-csv = Spreadsheet files (CSV)
data-show-in-folder = Show in folder
data-here-folder = On this computer, Export saves the file, and spreadsheet (CSV) files beside it, in this folder:
data-here-browser = In this browser, Export saves the file the way your browser saves downloads. Spreadsheet files come as one zip file.
# "Save a copy to…" is the button data-save-as.
data-here-phone = On this phone, Export hands the file to your phone, and you choose where it goes: a message to yourself, your own cloud drive, or Files. Save a copy to… keeps one wherever you pick. Spreadsheet files come as one zip file.
# "Import" is the heading data-import.
data-new-phone = Moving to a new phone? Export here and send the file to yourself, or put it in your own cloud drive. Then open Mend on the new phone and choose it under Import.
data-no-folder-shown = This computer has no file manager Mend could ask, so the folder couldn't be shown. The path is above.
# Said once an export is written. $count is how many records; $path where the file is.
data-saved = Saved { $count ->
    [one] { $count } record
   *[other] { $count } records
} to { $path }.
# Follows data-saved, after a space, on a computer.
data-saved-csv = Spreadsheet files are in { $path }.
# $name is the file's name.
data-exported-browser = Exported { $count ->
    [one] { $count } record
   *[other] { $count } records
}. Your browser is saving { $name } with its downloads.
data-exported-phone = Exported { $count ->
    [one] { $count } record
   *[other] { $count } records
}, ready for the place you choose.

## Import.
data-import = Import
data-import-note = Bring in a Mend export, from this device or another. Nothing you have is lost: what is already here stays, and importing the same file twice adds nothing.
data-import-button = Choose a Mend export file
data-import-reading-label = How much of the file has been read
# $part is how much of the file has been read, such as "12 of 37 MB" (data-size-mb).
data-import-reading = Reading { $part }…
data-importing = Importing…
# How much of a file: a whole number of kilobytes, or megabytes with one decimal.
data-size-kb = { $got } of { $total } KB
data-size-mb = { $got } of { $total } MB
# The sign between a number's whole part and its decimals (1.5 MB).
data-decimal-mark = .

## The import's report. $what is a list of counts such as "3 check-ins, 1 person" (made of
## the data-count-… messages), or data-nothing.
data-report-added = Added: { $what }.
data-report-updated = Updated: { $what }.
data-report-skipped = Already here: { $what }.
# Parts and people from the file joined to the ones here with the same name.
data-report-merged = Joined to yours with the same name: { $what }.
data-report-amended = Imported with a change: { $count }.
data-report-rejected = Not imported: { $count }.
# One record of the lists above: $record is one of the data-one-… words, $id its id (or
# data-report-no-id), $reason why (in English for now).
data-report-record = { $record } ({ $id }): { $reason }
data-report-no-id = no id
data-report-more = and { $count } more.
data-nothing = nothing
# How many records of each kind.
data-count-checkins = { $count ->
    [one] { $count } check-in
   *[other] { $count } check-ins
}
data-count-pauses = { $count ->
    [one] { $count } pause
   *[other] { $count } pauses
}
data-count-ruptures = { $count ->
    [one] { $count } rupture
   *[other] { $count } ruptures
}
data-count-repairs = { $count ->
    [one] { $count } repair
   *[other] { $count } repairs
}
data-count-talks = { $count ->
    [one] { $count } talk
   *[other] { $count } talks
}
data-count-reflections = { $count ->
    [one] { $count } reflection
   *[other] { $count } reflections
}
data-count-practice_sessions = { $count ->
    [one] { $count } practice session
   *[other] { $count } practice sessions
}
data-count-own_phrases = { $count ->
    [one] { $count } phrase of your own
   *[other] { $count } phrases of your own
}
data-count-favourite_phrases = { $count ->
    [one] { $count } favourite phrase
   *[other] { $count } favourite phrases
}
data-count-parts = { $count ->
    [one] { $count } part
   *[other] { $count } parts
}
data-count-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
# Phone numbers of the person's own in Help now.
data-count-help_lines = { $count ->
    [one] { $count } line of your own
   *[other] { $count } lines of your own
}
# Sentences of a couple's shared words.
data-count-shared_words = { $count ->
    [one] { $count } shared sentence
   *[other] { $count } shared sentences
}
# One record of a kind, in a line of the report.
data-one-checkins = a check-in
data-one-pauses = a pause
data-one-ruptures = a rupture
data-one-repairs = a repair
data-one-talks = a talk
data-one-reflections = a reflection
data-one-practice_sessions = a practice session
data-one-own_phrases = a phrase of your own
data-one-favourite_phrases = a favourite phrase
data-one-parts = a part
data-one-people = a person
data-one-help_lines = a line of your own
data-one-shared_words = a shared sentence

## Encryption.
data-encryption = Encryption
data-encrypt-note = Encrypt your data with a passphrase. Mend will ask for it each time it opens, and your backups are encrypted too.
data-forget-warning = If you forget your passphrase, your data cannot be recovered, not by us and not by anyone. Write it down somewhere safe, or choose words you won't forget.
data-encrypted-note = Your data and your backups are encrypted. Mend asks for your passphrase each time it opens.
data-new-passphrase = New passphrase
data-passphrase-again = The same passphrase again
data-encrypt = Encrypt my data
data-change-passphrase = Change passphrase
data-encrypting = One moment, this takes a few seconds…
data-passphrase-changed = Passphrase changed.
data-now-encrypted = Your data is encrypted.

## Backups.
data-backups = Backups
data-backups-note = Mend backs up your data by itself each day you use it, keeps the last seven days and one a week for a month, and checks every copy.
# Said once if the day's backup could not be made, with why.
data-backup-failed = Today's backup couldn't be made. { $why }
data-back-up-now = Back up now
data-no-backups = No backups yet. The first is made today.
data-backed-up = Backed up, and checked.
# One backup in the list: when it was made, its kind (data-backup-kind-…) and its size.
data-backup-row = { $when } · { $kind } · { $kb } KB
data-backup-kind-daily = daily
data-backup-kind-weekly = weekly
data-backup-kind-before-update = before an update
data-backup-kind-before-restore = before a restore
data-backup-kind-manual = made by hand
data-restore = Restore
# The Restore button's name for screen readers; begins with the word of data-restore.
data-restore-named = Restore the backup from { $when }
data-restore-confirm-label = Confirm restore
data-restore-confirm = Restore this backup? What you have now is backed up first, so you can come back to it.
data-restore-yes = Yes, restore it
data-restored = Restored. What you had before is kept as a backup too.

## Deleting everything.
data-delete = Delete everything
data-delete-note = Removes everything Mend keeps on this device, including every backup. This can't be undone.
data-delete-button = Delete everything…
data-delete-confirm-label = Confirm deleting everything
# $what is a list of counts (see the report above).
data-delete-lost = This deletes { $what } and { $backups ->
    [one] { $backups } backup
   *[other] { $backups } backups
}, and your settings.
data-delete-cant-undo = It can't be undone. If you might want any of it later, export it first.
data-delete-yes = Yes, delete everything
data-deleted = Everything was deleted. Mend is starting fresh.

## An address that leads nowhere.
not-found-title = Not found
not-found-heading = This page isn't here
not-found-note = It may have moved, or the link was mistyped.
# "Now" is Mend's home screen.
not-found-back = Back to Now
