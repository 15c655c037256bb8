import sys

# Writes every number from 1 to N and looks for the digit: up to 10^18 numbers.
data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    n, d = int(data[1 + 2 * i]), data[2 + 2 * i].decode()
    out.append(sum(1 for x in range(1, n + 1) if d not in str(x)))
sys.stdout.write("\n".join(map(str, out)) + "\n")
