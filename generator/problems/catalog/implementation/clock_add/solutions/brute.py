"""Obviously correct: advance the clock one minute at a time, counting midnights."""
import sys

clock, t = sys.stdin.read().split()
h, m = map(int, clock.split(":"))
days = 0
for _ in range(int(t)):
    m += 1
    if m == 60:
        m, h = 0, h + 1
        if h == 24:
            h, days = 0, days + 1
print("%02d:%02d" % (h, m))
print(days)
