import sys

# Divide by 3 when possible, else by 2, else subtract 1: the biggest step first.
data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for k in range(1, t + 1):
    n = int(data[k])
    steps = 0
    while n > 1:
        if n % 3 == 0:
            n //= 3
        elif n % 2 == 0:
            n //= 2
        else:
            n -= 1
        steps += 1
    out.append(steps)
sys.stdout.write("\n".join(map(str, out)) + "\n")
