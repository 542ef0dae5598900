# Help now: what to do if someone is in danger, that repair is not for violence, the lines of
# the user's region, and lines of the user's own. The lines' own words (region names, what
# each line offers, its hours) are in assets/content/<tag>/help.toml, not here.

help-title = Help now
help-lead = If this is a hard moment, you don't have to get through it alone.
help-danger = If you or someone else is in danger right now
help-danger-call = Call the emergency number now. If you can't talk, stay on the line, or move somewhere safer first if you can.
# Where Mend has no lines for the region, so no number to offer.
help-elsewhere-call = Call your local emergency number now. If you can't talk, stay on the line, or move somewhere safer first if you can.
help-not-repair = Repair is not for this
help-not-repair-text = If there is violence, threats or control in your relationship, the exercises in Mend are not the answer, and it is not yours to fix alone. Your safety comes first. The people on these lines can talk it through with you in confidence.
help-where = Where to turn
help-no-lines = Mend doesn't have lines for where you are yet. Your local emergency number is the place to start, and a doctor or a local support service can point you to others. You can add lines of your own below.

# A button that dials a number: "Call 999". Its name for screen readers adds the line's
# name: "Call 116 123, Samaritans".
help-call = Call { $number }
help-call-line = Call { $number }, { $line }
# A button that opens a text message: "Text 1737", and for a service that asks the first
# text to start with a word, "Text SHOUT to 85258".
help-text = Text { $number }
help-text-line = Text { $number }, { $line }
help-text-word = Text { $word } to { $number }
help-text-word-line = Text { $word } to { $number }, { $line }
# What a line is for, under its name.
help-for-crisis = Crisis support
help-for-domestic_abuse = Domestic abuse
# Under each line: the website its number was taken from ("samaritans.org"), and the day
# it was read there.
help-source = Number from { $host }, checked { $day } { $month } { $year }.

help-region = Your region
help-region-hint = The lines shown are for this region.
help-region-device = Same as my device
# With the device's region, when Mend has lines for it: "Same as my device (Ireland)".
help-region-device-named = Same as my device ({ $region })
help-region-other = Somewhere else

help-mine = My people and lines
help-mine-hint = A therapist, a friend, a local service: the people you'd call. They stay on this device.
help-mine-none = None yet.
help-line-add = Add a line
help-line-edit = Change this line
help-line-name = Name
help-line-number = Phone number
help-line-texts = They take text messages
help-line-note = A note (optional)
help-line-save = Save line
help-line-saved = Line saved.
help-line-deleted = Line deleted.
help-line-cancel = Cancel
# A button on one of the user's own lines; its name for screen readers adds the line's name.
help-line-change = Change
help-line-change-label = Change: { $name }
help-line-delete-label = Delete: { $name }

help-not-therapy = Mend is a self-help companion, not a crisis service and not therapy.
