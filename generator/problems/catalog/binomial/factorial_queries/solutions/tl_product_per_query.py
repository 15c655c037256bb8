import sys

data = sys.stdin.buffer.read().split()
t, p = int(data[0]), int(data[1])
out = []
for i in range(t):
    n, k = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    if k > n:
        out.append("0")
        continue
    # Each question from scratch: n(n-1)...(n-k+1) / k! with one Fermat inverse.
    num = den = 1
    for j in range(k):
        num = num * (n - j) % p
        den = den * (j + 1) % p
    out.append(str(num * pow(den, p - 2, p) % p))
print("\n".join(out))
