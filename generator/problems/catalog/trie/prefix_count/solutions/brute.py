"""Obviously correct: for each query, check every word."""
import sys

lines = sys.stdin.read().split()
n, q = int(lines[0]), int(lines[1])
words, queries = lines[2:2 + n], lines[2 + n:2 + n + q]
for query in queries:
    print(sum(1 for w in words if w[:len(query)] == query))
