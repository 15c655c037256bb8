import sys

MOD = 10 ** 9 + 7
data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    n, k, s = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    without, with_special = 1, 0
    for _ in range(n):  # one symbol at a time: codes without a special symbol, codes with one
        without, with_special = without * (k - s) % MOD, (with_special * k + without * s) % MOD
    out.append(with_special)
print("\n".join(map(str, out)))
