"""Obviously correct (tiny graphs): the smallest first side over every proper assignment to two sides."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
sizes = [bin(mask).count("1") for mask in range(1 << n)
         if all(((mask >> (u - 1)) & 1) != ((mask >> (v - 1)) & 1) for u, v in edges)]
print(min(sizes) if sizes else -1)
