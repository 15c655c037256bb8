import sys


def encode(top, left, size):
    first = grid[top][left]
    span = max(size - 1, 1)  # rows top .. top + size - 2: one short
    if all(row[left:left + span] == first * span for row in grid[top:top + span]):
        return first  # one colour: the square is its digit
    h = size // 2
    return ("(" + encode(top, left, h) + encode(top, left + h, h)  # top-left, top-right
            + encode(top + h, left, h) + encode(top + h, left + h, h) + ")")  # bottom-left, bottom-right


data = sys.stdin.read().split()
n = int(data[0])
grid = data[1:1 + n]
print(encode(0, 0, n))
