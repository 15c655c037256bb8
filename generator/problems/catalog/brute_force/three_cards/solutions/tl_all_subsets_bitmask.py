import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
best = 0
for mask in range(1 << n):  # every subset of cards, keeping those of size three
    if bin(mask).count("1") == 3:
        s = sum(a[i] for i in range(n) if mask >> i & 1)
        if best < s <= m:
            best = s
print(best)
