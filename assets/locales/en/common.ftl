# Words shared by many screens: the small messages, the safety note, what a rupture is.

loading = One moment…
# A button adding what was typed; its accessible name is the field's label, which begins
# with this word in every language.
add = Add
undo = Undo
toast-dismiss = Dismiss message
kept-as-it-was = { $what } was kept as “{ $code }”, which this version of Mend doesn't know. It stays as it is unless you choose another.

safety-not-therapy = Mend is a self-help companion, not therapy. It can help you notice what happens in you and find your way back to each other. It doesn't replace a counsellor or therapist.
safety-if-unsafe = If you are not safe.
safety-unsafe-text = If there is violence, threats or control in your relationship, repair exercises are not the answer. Your safety comes first. If you are in danger right now, call your local emergency number. A local helpline for domestic abuse can talk things through with you in confidence.
safety-help-now = Help now: numbers to call

rupture-explained = A rupture is a moment when the connection between you tore a little: an argument, a misunderstanding, a cold silence. It happens in every close relationship, and it can be mended.

# Sharing a short text: on a phone the share sheet; elsewhere it is copied, and a link
# opens a new message with it.
share-copied = Copied. Paste it into a message, or open a new one with it:
share-not-copied = This browser didn't let Mend copy it. Select it above and copy it, or open a new message with it:
share-open-message = A new message with these words
share-not-shown = Your phone couldn't open its share sheet just now. Please try again.

# A rough length of time, such as how long a repair took: "less than a minute", "2 days";
# with duration-minutes and duration-hours, in pause.ftl.
duration-under-a-minute = less than a minute
duration-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }

# The word on every button that steps back from a choice.
cancel = Cancel
