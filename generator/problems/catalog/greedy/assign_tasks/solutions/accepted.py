"""Most pairs with s >= d: sort both lists; go through the helpers from weakest to strongest, and give each the
easiest job still open if it can do it. A helper too weak for the easiest open job can do none of them; and the
easiest job goes best to the weakest helper able to do it (exchange argument)."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
helpers = sorted(int(x) for x in data[2:2 + n])
jobs = sorted(int(x) for x in data[2 + n:2 + n + m])
done = 0
for s in helpers:
    if done < m and s >= jobs[done]:
        done += 1
print(done)
