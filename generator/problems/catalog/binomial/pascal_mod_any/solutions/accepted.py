import sys

data = sys.stdin.buffer.read().split()
t, m = int(data[0]), int(data[1])
queries = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(t)]
top = max(n for n, _ in queries)
one = 1 % m  # modulo 1 even the edges of the triangle are 0
# Pascal's triangle mod m: additions only, so it works for any m (no inverses needed).
rows = [[one]]
for n in range(1, top + 1):
    prev = rows[-1]
    rows.append([one] + [(a + b) % m for a, b in zip(prev, prev[1:])] + [one])
print("\n".join(str(rows[n][k]) for n, k in queries))
