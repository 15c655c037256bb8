"""As many things as possible within the budget: the k cheapest are the cheapest way to buy k things, so buy in
increasing price while the running total stays at most B."""
import sys

data = sys.stdin.buffer.read().split()
n, budget = int(data[0]), int(data[1])
spent = count = 0
for p in sorted(int(x) for x in data[2:2 + n]):
    if spent + p > budget:
        break
    spent += p
    count += 1
print(count)
