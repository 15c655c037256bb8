import sys
from operator import mul

MOD = 10 ** 9 + 7


def multiply(x, y):
    columns = list(zip(*y))
    return [[sum(map(mul, row, col)) % MOD for col in columns] for row in x]


data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
adjacency = [[0] * n for _ in range(n)]
for i in range(m):
    u, v = int(data[3 + 2 * i]) - 1, int(data[4 + 2 * i]) - 1
    adjacency[u][v] = 1  # one-way: only u -> v
pos = 3 + 2 * m
q = int(data[pos])
result = [row[:] for row in adjacency]  # starts from A and multiplies K times more: A^(K+1)
base = adjacency
while k:  # square-and-multiply on matrices: (A^K)[s][t] counts walks of K roads from s to t
    if k & 1:
        result = multiply(result, base)
    base = multiply(base, base)
    k >>= 1
out = []
for j in range(q):
    s, t = int(data[pos + 1 + 2 * j]) - 1, int(data[pos + 2 + 2 * j]) - 1
    out.append(result[s][t])
print("\n".join(map(str, out)))
