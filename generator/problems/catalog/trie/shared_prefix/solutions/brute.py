"""Brute force: the longest common prefix of every pair of entries, letter by letter."""
import sys

data = sys.stdin.read().split()
n, words = int(data[0]), data[1:]
best = 0
for i in range(n):
    for j in range(i + 1, n):
        k = 0
        while k < min(len(words[i]), len(words[j])) and words[i][k] == words[j][k]:
            k += 1
        best = max(best, k)
print(best)
