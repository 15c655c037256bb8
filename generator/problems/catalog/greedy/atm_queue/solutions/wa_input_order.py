"""Wrong: serves people in the order they came."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
done = total = 0
for p in map(int, data[1:1 + n]):
    done += p
    total += done
print(total)
