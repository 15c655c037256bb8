import sys

# The pattern repeats every 7 stones; a multiple of 7 is the losing count.
data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(1, t + 1):
    n = int(data[i])
    out.append("Second" if n % 7 == 0 else "First")
sys.stdout.write("\n".join(out) + "\n")
