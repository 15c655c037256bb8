import sys

# Every move of 1 or 3 changes the parity, so the first player wins on odd counts.
data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(1, t + 1):
    n = int(data[i])
    out.append("First" if n % 2 == 1 else "Second")
sys.stdout.write("\n".join(out) + "\n")
