"""Obviously correct: XOR every pair of positions i < j and add up."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
print(sum(a[i] ^ a[j] for i in range(n) for j in range(i + 1, n)))
