import sys

# best[i] = fewest presses from i down to 1: subtract 1, or halve / divide by 3 when allowed; filled once from 1 up.
data = sys.stdin.buffer.read().split()
t = int(data[0])
queries = [int(x) for x in data[1:t + 1]]
top = max(queries)
best = [0] * (top + 1)
for i in range(2, top + 1):
    b = best[i - 1] + 1
    if i % 2 == 0 and best[i // 2] + 1 < b:
        b = best[i // 2] + 1
    if i % 3 == 0 and best[i // 3] + 1 < b:
        b = best[i // 3] + 1
    best[i] = b
sys.stdout.write("\n".join(str(best[n]) for n in queries) + "\n")
