import sys

MOD = 10 ** 9 + 7
n, k, low = map(int, sys.stdin.read().split())
rest = n - k * low
if rest < 0:
    print(0)
else:
    ways = [1] + [0] * rest  # ways[j]: extra items j handed to the people so far
    for _ in range(k - 1):  # one more person: new[j] = sum of ways[0..j] (prefix sums)
        running = 0
        for j in range(rest + 1):
            running = (running + ways[j]) % MOD
            ways[j] = running
    print(sum(ways) % MOD)
