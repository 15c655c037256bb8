"""Wrong: refuses to spend exactly B (strict comparison)."""
import sys

data = sys.stdin.buffer.read().split()
n, budget = int(data[0]), int(data[1])
spent = count = 0
for p in sorted(int(x) for x in data[2:2 + n]):
    if spent + p >= budget:
        break
    spent += p
    count += 1
print(count)
