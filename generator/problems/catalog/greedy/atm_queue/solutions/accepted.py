"""Reference: shortest first (an exchange argument); the answer is the sum of the prefix sums."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
done = total = 0
for p in sorted(map(int, data[1:1 + n])):
    done += p
    total += done
print(total)
