import sys

MOD = 1_000_000_007

# ways[n] = ways[n-1] + ways[n-2] + ways[n-3], starting from the lengths 1 and 2.
data = sys.stdin.buffer.read().split()
t = int(data[0])
queries = [int(x) for x in data[1:t + 1]]
top = max(max(queries), 2)
ways = [0] * (top + 1)
ways[1] = 1
ways[2] = 2
for i in range(3, top + 1):
    ways[i] = (ways[i - 1] + ways[i - 2] + ways[i - 3]) % MOD
sys.stdout.write("\n".join(str(ways[n]) for n in queries) + "\n")
