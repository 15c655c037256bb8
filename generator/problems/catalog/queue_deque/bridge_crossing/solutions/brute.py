"""Obviously correct: tick the clock one unit at a time and apply the rules literally."""
import sys

data = sys.stdin.read().split()
n, length, limit = int(data[0]), int(data[1]), int(data[2])
a = list(map(int, data[3:3 + n]))
entered = []  # entry time per one that got on
time = 0
while len(entered) < n:
    i = len(entered)
    on = sum(a[j] for j in range(i) if entered[j] + length > time)
    if (i == 0 or time > entered[i - 1]) and on + a[i] <= limit:
        entered.append(time)
    time += 1
print(entered[-1] + length)
