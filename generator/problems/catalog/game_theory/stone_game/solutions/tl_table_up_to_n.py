import sys

# The win/lose table filled up to each N, keeping the last four entries.
data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(1, t + 1):
    n = int(data[i])
    last = [False, True, False, True]  # wins with m-3, m-2, m-1, m stones; starts at m = 3
    for m in range(4, n + 1):
        last = last[1:] + [not last[3] or not last[1] or not last[0]]
    win = last[n] if n < 4 else last[3]
    out.append("First" if win else "Second")
sys.stdout.write("\n".join(out) + "\n")
