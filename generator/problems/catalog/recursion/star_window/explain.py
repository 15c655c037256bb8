"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
k, r, c, h, w = map(int, case["input"].split())
rows = case["output"].split()


def hole(y, x):
    """(side of the copy whose middle square holds the cell, the cell's place in that copy); side 0 for a star."""
    side = 3 ** k
    while side > 1:
        third = side // 3
        if third <= y < 2 * third and third <= x < 2 * third:
            return side, y, x
        y, x, side = y % third, x % third, third
    return 0, y, x


# The window's blank cell of the largest level (the first such cell), and the copy whose middle square holds it.
blanks = [(i, j) for i in range(h) for j in range(w) if rows[i][j] == "."]
found = max(blanks, key=lambda cell: (hole(r + cell[0], c + cell[1])[0], -cell[0], -cell[1])) if blanks else None
if found is None:
    print("창 안의 칸은 어느 단계에서도 가운데 정사각형에 들지 않으므로 모두 별입니다." if ko else
          "No cell of the window lies in the middle square of any level, so every cell is a star.")
else:
    y, x = r + found[0], c + found[1]
    side, yy, xx = hole(y, x)
    third = side // 3
    span = str(third) if third == 1 else f"{third}..{2 * third - 1}"
    whole = side == 3 ** k
    if ko:
        place = ("전체 무늬의 가운데 정사각형" if whole else
                 f"한 변이 {side}인 작은 무늬 안에서 {yy}행 {xx}열에 있고, 그 무늬의 가운데 정사각형")
        print(f"창의 빈칸인 {y}행 {x}열을 봅시다. 이 칸은 {place}(행과 열이 모두 {span})에 들므로 비어 있습니다. "
              f"어느 단계에서도 가운데 정사각형에 들지 않는 칸만 별입니다.")
    else:
        place = ("it lies in the whole pattern's middle square" if whole else
                 f"inside its copy of side {side} it sits in row {yy}, column {xx}, in that copy's middle square")
        print(f"Take the window's blank cell in row {y}, column {x}: {place} (row and column both {span}), so it is blank. "
              f"A cell is a star only if it lies in no level's middle square.")
