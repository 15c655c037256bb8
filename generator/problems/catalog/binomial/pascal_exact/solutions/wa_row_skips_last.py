import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
queries = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(t)]
top = max(n for n, _ in queries)
# Pascal's triangle: row n from row n-1, each inner entry the sum of the two above it.
rows = [[1]]
for n in range(1, top + 1):
    prev = rows[-1]
    rows.append([1] + [prev[k - 1] + prev[k] for k in range(1, n)] + [1])
print("\n".join(str(rows[n][k] if k < n else rows[n][k - 1]) for n, k in queries))  # C(n, n) read one entry early
