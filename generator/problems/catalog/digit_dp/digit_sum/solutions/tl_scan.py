import sys

# Adds up the digits of every number from A to B: up to 10^18 numbers.
data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    a, b, s = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    out.append(sum(1 for x in range(a, b + 1) if sum(map(int, str(x))) == s))
sys.stdout.write("\n".join(map(str, out)) + "\n")
