"""Obviously correct (tiny graphs): after every edge, the smallest first side over every proper assignment."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
for k in range(1, m + 1):
    sizes = [bin(mask).count("1") for mask in range(1 << n)
             if all(((mask >> (u - 1)) & 1) != ((mask >> (v - 1)) & 1) for u, v in edges[:k])]
    print(min(sizes) if sizes else -1)
