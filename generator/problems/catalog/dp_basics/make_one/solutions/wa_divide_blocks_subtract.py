import sys

# best[i] = fewest presses from i down to 1, filled once from 1 up.
data = sys.stdin.buffer.read().split()
t = int(data[0])
queries = [int(x) for x in data[1:t + 1]]
top = max(queries)
best = [0] * (top + 1)
for i in range(2, top + 1):
    if i % 3 == 0 and i % 2 == 0:
        best[i] = min(best[i // 2], best[i // 3]) + 1
    elif i % 3 == 0:
        best[i] = best[i // 3] + 1
    elif i % 2 == 0:
        best[i] = best[i // 2] + 1
    else:
        best[i] = best[i - 1] + 1
sys.stdout.write("\n".join(str(best[n]) for n in queries) + "\n")
