"""Too slow: picks the shortest remaining person by scanning, O(N^2)."""
import sys

data = sys.stdin.buffer.read().split()
left = list(map(int, data[1:1 + int(data[0])]))
done = total = 0
while left:
    p = min(left)
    left.remove(p)
    done += p
    total += done
print(total)
