import sys

MOD = 10 ** 9 + 7
n, k = map(int, sys.stdin.read().split())
if k > n:
    print(0)
else:
    # "Choose one job for each worker (n!/(n-k)! ways), then hand out the rest freely": counts an assignment
    # once per choice of each worker's "first" job, so it overcounts.
    ways = 1
    for i in range(k):
        ways = ways * ((n - i) % MOD) % MOD
    print(ways * pow(k, n - k, MOD) % MOD)
