import sys

clock, t = sys.stdin.read().split()
hours, minutes = map(int, clock.split(":"))
total = hours * 60 + minutes + int(t)  # minutes since the midnight before the start
days, rest = divmod(total, 24 * 60)
print(f"{rest // 60:02d}:{rest % 60:02d}")
print(days)
