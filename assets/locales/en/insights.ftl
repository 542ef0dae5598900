# Insights: patterns over a chosen span of time, drawn as small charts, each with its
# summary in words (which screen readers read as the chart's name). Never a score.

insights-title = Insights
insights-lead = Patterns from what you have noted, to help you notice. They are not a score.
# The buttons choosing the span of time.
insights-span = Time span
insights-span-4-weeks = 4 weeks
insights-span-3-months = 3 months
insights-span-1-year = 1 year
insights-span-all = All
# How a summary begins, for each span; it stands at the start of a sentence.
insights-over-4-weeks = Over the last 4 weeks
insights-over-3-months = Over the last 3 months
insights-over-1-year = Over the last year
insights-over-all = Since you started
insights-empty = Nothing here yet for this time.

insights-glance = At a glance
insights-ruptures = Ruptures
insights-repair-rate = Repair rate
# "1 of 2 repaired"
insights-repaired = { $repaired } of { $ruptures } repaired
insights-no-ruptures = No ruptures in this time
insights-time-to-repair = Typical time to repair
insights-no-times = No repairs finished in this time
insights-middle-time = The middle time: half of your repairs took less, half took more.

# The ruptures and repairs chart: its title, the names of its two kinds of bar, and its
# summary: "Over the last 4 weeks: 3 ruptures and 2 repairs."
insights-per-week = Ruptures and repairs each week
insights-per-month = Ruptures and repairs each month
insights-series-ruptures = Ruptures
insights-series-repairs = Repairs
insights-count-ruptures = { $count ->
        [0] no ruptures
        [one] 1 rupture
       *[other] { $count } ruptures
    }
insights-count-repairs = { $count ->
        [0] no repairs
        [one] 1 repair
       *[other] { $count } repairs
    }
insights-ruptures-summary = { $over }: { $ruptures } and { $repairs }.
# When all the ruptures came in one week or month ($period: "the week of 9 November",
# "November 2026").
insights-ruptures-in-one = { $count ->
        [one] It came in { $period }.
       *[other] All of them came in { $period }.
    }
# When one week or month had more ruptures than any other; $ruptures is a count in words.
insights-busiest-week = The busiest week was { $period }, with { $ruptures }.
insights-busiest-month = The busiest month was { $period }, with { $ruptures }.

# The parts chart. Its summary lists each part with how many times: "Critic, 5 times";
# the list's items are joined with "; ".
insights-parts = Parts that showed up most
insights-part-times = { $part }, { $count ->
        [1] once
        [2] twice
       *[other] { $count } times
    }
insights-parts-one = { $over }, the part you checked in with: { $list }.
insights-parts-many = { $over }, the parts you checked in with most: { $list }.

# The Self chart: how much Self was noted in check-ins, on average each week or month.
insights-self = Self over time
insights-self-weekly = How much Self you noted in check-ins, from 0 to 10, on average each week.
insights-self-monthly = How much Self you noted in check-ins, from 0 to 10, on average each month.
insights-self-one = It was { $level } in { $period }.
# $first and $last are levels, each with its week or month; $low and $high the lowest and
# the highest.
insights-self-range = It was { $first } in { $first_period } and { $last } in { $last_period }. Across { $count } { $weekly ->
        [yes] weeks
       *[no] months
    }, it ranged from { $low } to { $high }.
# A level with one decimal place: "6.5".
insights-decimal = { $whole }.{ $tenth }

insights-pauses = Pauses
insights-pauses-taken = Pauses taken
insights-pauses-kept = Kept to the planned time
insights-pauses-summary = { $over }: { $count ->
        [0] no pauses
        [one] 1 pause
       *[other] { $count } pauses
    }, { $kept } kept to the planned time.
insights-pauses-note = Ending a pause early is fine too. What matters is coming back.

# Three charts counting things each month: reflections, times practised together (with a
# child) and talks (talking a rupture through together).
insights-reflections = Reflections each month
insights-reflections-series = Reflections
insights-count-reflections = { $count ->
        [0] no reflections
        [one] 1 reflection
       *[other] { $count } reflections
    }
insights-together = Practised together each month
insights-together-series = Times practised together
insights-count-together = { $count ->
        [0] no times practised together
        [one] 1 time practised together
       *[other] { $count } times practised together
    }
insights-talks = Talked it through each month
insights-talks-series = Talks
insights-count-talks = { $count ->
        [0] no talks
        [one] 1 talk
       *[other] { $count } talks
    }
# $things is one of the counts above: "Over the last 3 months: 12 reflections."
insights-month-summary = { $over }: { $things }.
insights-month-most = The most in one month was { $count }, in { $month }.

# A week in a sentence, by its Monday, written as the reader's region writes a date ("the
# week of 16 November", "the week of November 16"), with the year when it is not this year's.
insights-week-of = the week of { $date }
