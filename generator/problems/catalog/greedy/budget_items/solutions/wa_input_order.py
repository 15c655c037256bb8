"""Wrong: buys in the given order, skipping what no longer fits, instead of cheapest first."""
import sys

data = sys.stdin.buffer.read().split()
n, budget = int(data[0]), int(data[1])
spent = count = 0
for p in (int(x) for x in data[2:2 + n]):
    if spent + p > budget:
        continue
    spent += p
    count += 1
print(count)
