import sys

# Walks the multiples of K from A to B and adds up each one's digits: up to 10^18 / K numbers.
data = sys.stdin.buffer.read().split()
t, k = int(data[0]), int(data[1])
out = []
for i in range(t):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    first = (a + k - 1) // k * k
    out.append(sum(1 for x in range(first, b + 1, k) if sum(map(int, str(x))) % k == 0))
sys.stdout.write("\n".join(map(str, out)) + "\n")
