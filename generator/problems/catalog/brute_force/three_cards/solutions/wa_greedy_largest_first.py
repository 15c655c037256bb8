import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
a = sorted(map(int, data[2:2 + n]), reverse=True)
total, taken = 0, 0
for c in a:  # grabs the largest card that still fits
    if taken < 3 and total + c <= m:
        total += c
        taken += 1
print(total)
