"""Too slow: best[k] tries every last piece S[j..k-1] and checks it with two pointers each time: O(N^3) on a run of
one letter."""
import sys

data = sys.stdin.buffer.read().split()
n, s = int(data[0]), data[1]
best = [0] + [n + 1] * n
for k in range(1, n + 1):
    for j in range(k):
        i, r = j, k - 1
        while i < r and s[i] == s[r]:
            i += 1
            r -= 1
        if i >= r and best[j] + 1 < best[k]:
            best[k] = best[j] + 1
print(best[n])
