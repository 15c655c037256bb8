"""Wrong: adds the areas of the rectangles, counting every overlap several times."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
print(sum((int(data[3 + 4 * i]) - int(data[1 + 4 * i])) * (int(data[4 + 4 * i]) - int(data[2 + 4 * i]))
          for i in range(n)))
