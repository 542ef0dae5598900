# Alerts: what the phone shows while Mend is closed (the end of a pause, the daily reminder,
# the running pause's notification and its two actions, and the names of Mend's kinds of
# notification in the phone's settings), and what Mend says about allowing them.

alert-pause-over-title = Your pause is over
alert-pause-over-body = When you're ready, go back and reconnect, even if it's only to ask for a little more time.
alert-reflect-title = A moment to reflect
alert-reflect-body = Today's question is waiting in Mend, whenever you're ready.

# The notification that counts down while a pause runs, and its two buttons.
alert-pause-running-title = You're taking a pause
alert-pause-running-body = The count shows the time left. Come back when it ends, even if only to ask for more time.
alert-action-back = I'm back
alert-action-more = 5 more minutes
# Said when "5 more minutes" was pressed.
alert-more-time-added = Five more minutes. Come back when you're ready.

# The phone's settings list Mend's kinds of notification by these names.
alert-channel-alerts = Pause and reflection reminders
alert-channel-alerts-about = When a pause is over, and the daily reminder to reflect.
alert-channel-pause = While you pause
alert-channel-pause-about = A quiet count of the time left while a pause runs, with I'm back and 5 more minutes.

# Said once, the first time an alert is needed, before the phone's own question; and once,
# if alerts are not allowed.
alert-ask-why = Mend can let you know when a pause is over or it's time to reflect, even while it's closed. Your phone will ask if that's all right.
alert-works-without = That's fine. Mend keeps your pause and your reminder all the same, and shows them when you open it. You can allow alerts later in your phone's settings.

# On the pause, once, where the phone may hold the end-of-pause alert back.
alert-on-time-why = Your phone may hold the end-of-pause alert back by a few minutes to save battery. If you allow Mend's alarms, it comes right on time.
alert-on-time-allow = Allow on-time alerts
alert-on-time-not-now = Not now
alert-late = That's fine. The alert may come a few minutes late. Your pause is always here when you open Mend.
