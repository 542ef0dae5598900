# Times and counts in words, on many screens: when something happened, how long ago, how
# long it took, how many times.

# When a record was made, as its page and the lists show it. { $time } is the hour and
# minute, such as 20:40 or 8:40 PM as the reader's region writes it. In lowercase: the
# first letter is made a capital where it begins a line.
time-today = today, { $time }
time-yesterday = yesterday, { $time }
# A day of the last week: "Monday, 09:15". { $weekday } is the day's name.
time-weekday = { $weekday }, { $time }
# Earlier: "23 Nov, 20:40", "23 Nov 2025, 20:40". { $date } is written as the reader's region
# writes dates.
time-date = { $date }, { $time }

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


# How many times something happened: "once", "twice", "12 times".
time-times = { $count ->
    [1] once
    [2] twice
   *[other] { $count } times
}
