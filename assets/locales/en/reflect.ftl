# Reflect: one question a day, a month of days reflected (never a streak), the daily reminder.

reflect-title = Reflect
reflect-intro = A question for today. Write as much or as little as you like.
reflect-prompt-heading = Today's question
reflect-answer = Your answer
reflect-self-legend = How much Self is here right now?
reflect-self-low = hardly any
reflect-self-high = calm and open
reflect-save = Save
reflect-save-changes = Save changes
reflect-saved = Saved. Thank you for taking a moment for yourself.
reflect-answered = You've answered today. You can change your answer until the day ends.
reflect-no-prompt = Today's question couldn't be found. You can still write what's on your mind.
# Kept with an answer when no question of ours could be found.
reflect-free-prompt = What's on your mind today?

reflect-month-heading = Your month
reflect-earlier = Earlier month
reflect-later = Later month
# The calendar's name for screen readers.
reflect-calendar = { $month }: days you reflected
# Read after a day's number when it was reflected on.
reflect-day-reflected = , reflected
reflect-month-this = { $count ->
    [0] No reflections yet this month. Whenever you're ready.
    [one] You've reflected on 1 day this month.
   *[other] You've reflected on { $count } days this month.
}
reflect-month-past = { $count ->
    [0] No reflections in { $month }.
    [one] You reflected on 1 day in { $month }.
   *[other] You reflected on { $count } days in { $month }.
}

reflect-reminder-heading = Daily reminder
reflect-reminder-note = A gentle nudge at a time you choose. On this computer it comes while Mend is open; nothing is sent anywhere.
reflect-reminder-on = Remind me each day
reflect-reminder-time = Reminder time
reflect-reminder-saved-on = The daily reminder is on.
reflect-reminder-saved-off = The daily reminder is off.
reflect-reminder-no-time = Choose a time for the reminder first.
reflect-reminder-bad-time = That time doesn't look right. Try something like 20:00.
