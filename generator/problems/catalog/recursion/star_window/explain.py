"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
k, r, c, h, w = map(int, case["input"].split())
rows = case["output"].split()
# The first blank cell of the window, and the level whose middle square holds it.
found = next(((i, j) for i in range(h) for j in range(w) if rows[i][j] == "."), None)
if found is None:
    print("창 안의 칸은 어느 단계에서도 가운데 정사각형에 들지 않으므로 모두 별입니다." if ko else
          "No cell of the window lies in the middle square of any level, so every cell is a star.")
else:
    y, x = r + found[0], c + found[1]
    side, yy, xx = 3 ** k, y, x
    while True:
        third = side // 3
        if third <= yy < 2 * third and third <= xx < 2 * third:
            break
        yy, xx, side = yy % third, xx % third, third
    span = str(third) if third == 1 else f"{third}..{2 * third - 1}"
    where = "전체 무늬" if side == 3 ** k else f"한 변이 {side}인 작은 무늬"
    if ko:
        print(f"창의 첫 빈칸은 ({y}, {x})입니다. 이 칸은 {where} 안에서 ({yy}, {xx})에 있어 그 무늬의 가운데 정사각형"
              f"(행과 열 {span})에 들므로 비어 있습니다. 어느 단계에서도 가운데 정사각형에 들지 않는 칸만 별입니다.")
    else:
        where = "the whole pattern" if side == 3 ** k else f"its copy of side {side}"
        print(f"The window's first blank cell is ({y}, {x}): inside {where} it sits at ({yy}, {xx}), in the middle "
              f"square (rows and columns {span}), so it is blank. A cell is a star only if it lies in no level's middle "
              f"square.")
