import sys

MOD = 10 ** 9 + 7
n, k = map(int, sys.stdin.read().split())
busy = [1] + [0] * k  # busy[j]: assignments of the jobs so far that use exactly j of the workers (as a set)
for _ in range(n):  # one more job: to a worker already busy, or to a new one
    for j in range(k, 0, -1):
        busy[j] = (busy[j] * j + busy[j - 1] * (k - j + 1)) % MOD
    busy[0] = 0
print(busy[k])
