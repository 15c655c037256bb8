import sys

MOD = 10 ** 9 + 7
data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for i in range(q):
    a, b = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    if b > a:
        out.append(0)
        continue
    row = [1] * (a + 1)  # row[x]: orders reaching x votes of A and y of B; y = 0 first
    for y in range(1, b + 1):  # one grid row per vote of B, cells with x < y forbidden
        new = [0] * (a + 1)
        for x in range(y, a + 1):
            new[x] = (new[x - 1] + row[x]) % MOD
        row = new
    out.append(row[a])
print("\n".join(map(str, out)))
