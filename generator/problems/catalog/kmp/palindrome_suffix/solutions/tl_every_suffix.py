"""Too slow: checks every suffix letter by letter from both ends: quadratic on a^k b a^(k+1)."""
import sys

data = sys.stdin.read().split()
n, s = int(data[0]), data[1]
for start in range(n):
    i, j = start, n - 1
    while i < j and s[i] == s[j]:
        i += 1
        j -= 1
    if i >= j:
        print(start)
        break
