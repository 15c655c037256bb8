import sys


def encode(top, left, size):
    first = grid[top][left]
    if all(row[left:left + size] == first * size for row in grid[top:top + size]):
        return first  # one colour: the square is its digit
    h = size // 2
    return ("(" + encode(top, left, h) + encode(top + h, left, h)  # top-left, bottom-left
            + encode(top, left + h, h) + encode(top + h, left + h, h) + ")")  # top-right, bottom-right


data = sys.stdin.read().split()
n = int(data[0])
grid = data[1:1 + n]
print(encode(0, 0, n))
