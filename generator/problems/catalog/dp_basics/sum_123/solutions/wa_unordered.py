import sys

MOD = 1_000_000_007

# ways[n]: add the pieces of each length in turn, as in coin change; ways[0] = 1.
data = sys.stdin.buffer.read().split()
t = int(data[0])
queries = [int(x) for x in data[1:t + 1]]
top = max(queries)
ways = [0] * (top + 1)
ways[0] = 1
for piece in (1, 2, 3):
    for i in range(piece, top + 1):
        ways[i] = (ways[i] + ways[i - piece]) % MOD
sys.stdout.write("\n".join(str(ways[n]) for n in queries) + "\n")
