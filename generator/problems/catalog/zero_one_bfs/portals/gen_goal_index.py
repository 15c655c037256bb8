"""portals: open maps whose target T has the cell number (row * W + column, from 0) of a character code: 46 ('.')
or 97 ('a') (testlib style): python gen_goal_index.py SEED cell code=46|97 prints one input.

A search that compares a cell's character with the target's cell number (a stale `ch == goal` for `x == goal`)
stops as soon as it takes a '.' (or an 'a') off the queue; random maps rarely put T on such a cell number.
"""
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
assert mode == "cell", mode
code = int(opts["code"])
if code == 46:  # 3 x 24 open map, S at cell 0, T at cell 46 (row 1, column 22): 23 steps
    grid = [list("." * 24) for _ in range(3)]
    grid[0][0], grid[1][22] = "S", "T"
else:  # 10 x 10, T at cell 97 (row 9, column 7); S, step onto a, jump to the a at row 9, 2 steps: 3
    assert code == 97, code
    grid = [list("." * 10) for _ in range(10)]
    grid[0][0], grid[0][1], grid[9][5], grid[9][7] = "S", "a", "a", "T"
sys.stdout.write(f"{len(grid)} {len(grid[0])}\n" + "".join("".join(row) + "\n" for row in grid))
