import sys

clock, t = sys.stdin.read().split()
hours, minutes = map(int, clock.split(":"))
total = hours * 60 + minutes + int(t)  # minutes since the midnight before the start
days = total // (24 * 60)
print(f"{total // 60:02d}:{total % 60:02d}")  # the hour is not wrapped past 23
print(days)
