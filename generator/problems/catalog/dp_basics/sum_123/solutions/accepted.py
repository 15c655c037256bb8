import sys

MOD = 1_000_000_007

# ways[n]: the last piece has length 1, 2 or 3, so ways[n] = ways[n-1] + ways[n-2] + ways[n-3]; ways[0] = 1.
data = sys.stdin.buffer.read().split()
t = int(data[0])
queries = [int(x) for x in data[1:t + 1]]
top = max(queries)
ways = [0] * (top + 1)
ways[0] = 1
for i in range(1, top + 1):
    w = ways[i - 1]
    if i >= 2:
        w += ways[i - 2]
    if i >= 3:
        w += ways[i - 3]
    ways[i] = w % MOD
sys.stdout.write("\n".join(str(ways[n]) for n in queries) + "\n")
