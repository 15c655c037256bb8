"""Too slow: every query scans every word (N·Q startswith calls)."""
import sys

lines = sys.stdin.read().split()
n, q = int(lines[0]), int(lines[1])
words, queries = lines[2:2 + n], lines[2 + n:2 + n + q]
out = []
for query in queries:
    count = 0
    for w in words:
        if w.startswith(query):
            count += 1
    out.append(count)
sys.stdout.write("\n".join(map(str, out)) + "\n")
