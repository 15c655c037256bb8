"""Brute force: for every query, the smallest (word, index) among the words that start with it."""
import sys

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
words, queries = data[2:2 + n], data[2 + n:2 + n + q]
for query in queries:
    matches = [(w, i + 1) for i, w in enumerate(words) if w.startswith(query)]
    print(min(matches)[1] if matches else -1)
