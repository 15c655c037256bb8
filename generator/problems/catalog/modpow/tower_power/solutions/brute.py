"""Obviously correct on small exponents: build b^c exactly as a big integer, then a^(b^c) mod p."""
import sys

P = 10 ** 9 + 7
data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    a, b, c = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    print(pow(a, b ** c, P))
