import sys

# Checks the neighbouring digits of every number from A to B: up to 10^18 numbers.


def smooth(x, k):
    s = str(x)
    return all(abs(int(s[i]) - int(s[i + 1])) <= k for i in range(len(s) - 1))


data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    a, b, k = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    out.append(sum(1 for x in range(a, b + 1) if smooth(x, k)))
sys.stdout.write("\n".join(map(str, out)) + "\n")
