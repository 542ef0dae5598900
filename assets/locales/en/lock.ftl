# Before Mend opens: the passphrase of encrypted data, the app lock's PIN, and data that
# could not be opened. These screens speak the device's language, as Settings can't be read
# before the data opens.

lock-title = Mend is locked
lock-passphrase-note = Your data is encrypted. Enter your passphrase to open it.
lock-passphrase = Passphrase
lock-open = Open
lock-opening = Opening…
lock-forgotten = If the passphrase is forgotten, the data can't be recovered, by us or by anyone. That is what keeps it private.
lock-pin-note = Enter your PIN to open Mend.
lock-pin = PIN
lock-unlock = Unlock
lock-pin-wrong = That PIN isn't right.
# $wait is a time such as 0:30 or 2:00.
lock-pin-wrong-wait = That PIN isn't right. You can try again in { $wait }.
lock-pin-wait = Please wait { $wait } before trying again.

startup-title = Mend couldn't open your data
startup-nothing-deleted = Nothing has been deleted. The file is here:
startup-backup = A backup can take its place
startup-backup-note = Mend has a backup that passed its check: { $name }. Restoring it brings back everything up to the day it was made. The damaged file stays where it was moved.
startup-restore = Restore the newest backup
startup-show-someone = If you need help, show this message to someone you trust with your device.
