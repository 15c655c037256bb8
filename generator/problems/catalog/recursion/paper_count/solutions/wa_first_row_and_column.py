import sys


def cut(top, left, size):
    first = grid[top][left]
    if grid[top][left:left + size] == [first] * size and all(row[left] == first for row in grid[top:top + size]):
        pieces[first] += 1  # the first row and the first column hold the same number: one piece
        return
    third = size // 3
    for i in range(3):
        for j in range(3):
            cut(top + i * third, left + j * third, third)


data = sys.stdin.buffer.read().split()
n = int(data[0])
values = list(map(int, data[1:1 + n * n]))
grid = [values[r * n:(r + 1) * n] for r in range(n)]
pieces = {-1: 0, 0: 0, 1: 0}
cut(0, 0, n)
print(pieces[-1])
print(pieces[0])
print(pieces[1])
