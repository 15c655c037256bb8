"""Wrong: fill the budget with the kind of best value per weight, then the next best, and so on."""
import sys

data = sys.stdin.buffer.read().split()
n, cap = int(data[0]), int(data[1])
items = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]
total = 0
for w, v in sorted(items, key=lambda it: it[1] / it[0], reverse=True):
    total += (cap // w) * v
    cap %= w
print(total)
