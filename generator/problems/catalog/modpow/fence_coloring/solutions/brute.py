"""Obviously correct: paint post after post, remembering how many colourings end in each colour."""
import sys

data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    ending = [1] * k  # colourings of the first post that end in colour c
    for _ in range(n - 1):
        ending = [sum(ending[d] for d in range(k) if d != c) for c in range(k)]
    print(sum(ending) % (10 ** 9 + 7))
