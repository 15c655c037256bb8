"""Obviously correct: hand out the jobs one at a time, tracking how many workers are busy so far."""
import sys

n, k = map(int, sys.stdin.read().split())
busy = [1] + [0] * k  # busy[j]: assignments of the jobs so far that keep exactly j workers busy
for _ in range(n):  # the next job goes to one of the j busy workers or to one of the k - j idle ones
    busy = [0] + [busy[j] * j + busy[j - 1] * (k - j + 1) for j in range(1, k + 1)]
print(busy[k] % (10 ** 9 + 7))
