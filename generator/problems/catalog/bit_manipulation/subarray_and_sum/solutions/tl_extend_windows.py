"""Too slow: extends every window to the right, stopping once its AND is 0 (quadratic when it never is)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
total = 0
for left in range(n):
    acc = a[left]
    for right in range(left, n):
        acc &= a[right]
        if acc == 0:
            break
        total += acc
print(total)
