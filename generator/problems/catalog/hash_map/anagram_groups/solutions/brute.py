"""Obviously correct: two words are anagrams iff every letter a..z occurs equally often; merge groups pairwise."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
words = data[1:1 + n]
letters = "abcdefghijklmnopqrstuvwxyz"
group = list(range(n))
for i in range(n):
    for j in range(i):
        if all(words[i].count(c) == words[j].count(c) for c in letters):
            group[i] = group[j]
            break
sizes = [group.count(g) for g in set(group)]
print(len(sizes), max(sizes))
