# Times and counts in words, on many screens: when something happened, how long ago, how
# long it took, how many times.

# When a record was made, as its page and the lists show it. { $time } is the hour and
# minute, such as 20:40; the first letter is made a capital.
time-today = Today, { $time }
time-yesterday = Yesterday, { $time }
# A day of the last week: "Monday, 09:15". { $weekday } is one of the weekday-… words.
time-weekday = { $weekday }, { $time }
# Earlier this year: "23 Nov, 20:40". { $month } is one of the time-month-… words below.
time-this-year = { $day } { $month }, { $time }
# In another year: "23 Nov 2025, 20:40".
time-other-year = { $day } { $month } { $year }, { $time }
# The months, short, as a date shows them.
time-month-1 = Jan
time-month-2 = Feb
time-month-3 = Mar
time-month-4 = Apr
time-month-5 = May
time-month-6 = Jun
time-month-7 = Jul
time-month-8 = Aug
time-month-9 = Sep
time-month-10 = Oct
time-month-11 = Nov
time-month-12 = Dec

# How long ago, by calendar days: when a part was last seen, or first noticed.
time-ago-today = today
time-ago-yesterday = yesterday
time-ago-days = { $count ->
    [one] 1 day ago
   *[other] { $count } days ago
}
time-ago-weeks = { $count ->
    [one] 1 week ago
   *[other] { $count } weeks ago
}
time-ago-months = { $count ->
    [one] 1 month ago
   *[other] { $count } months ago
}
time-ago-years = { $count ->
    [one] 1 year ago
   *[other] { $count } years ago
}

# A gentle, rounded length of time: how long a repair took.
time-under-a-minute = less than a minute
time-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
time-hours = { $count ->
    [one] 1 hour
   *[other] { $count } hours
}
time-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}

# How many times something happened: "once", "twice", "12 times".
time-times = { $count ->
    [1] once
    [2] twice
   *[other] { $count } times
}
