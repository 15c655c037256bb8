"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case["texts"]
data = list(map(int, case["input"].split()))
n = data[0]
grid = [data[1 + r * n:1 + (r + 1) * n] for r in range(n)]
minus, zero, plus = case["output"].split()


def one_number(top, left, size):
    first = grid[top][left]
    return all(row[left:left + size] == [first] * size for row in grid[top:top + size])


total = f"-1: {minus}, 0: {zero}, 1: {plus}"
if one_number(0, 0, n):
    print(f"{texts['sheet']} 전체의 수가 모두 같으므로 자르지 않습니다 ({total})." if ko else
          f"Every cell of the whole {texts['sheet']} holds the same number, so it is not cut ({total}).")
elif n == 3:
    s = sum(map(sum, grid))
    print(f"3 × 3 {texts['sheet']}에는 다른 수가 섞여 있으므로 (합은 {s}이지만 -1과 1은 상쇄되지 않습니다) 아홉 칸으로 잘라 "
          f"칸마다 {texts['piece']} 하나가 됩니다. 모두 세면 {total}입니다." if ko else
          f"The 3 × 3 {texts['sheet']} holds different numbers (they sum to {s}, but -1s and 1s do not cancel), so it "
          f"is cut into its nine cells, one {texts['piece']} each. In all {total}.")
else:
    t = n // 3
    whole = [grid[i * t][j * t] for i in range(3) for j in range(3) if one_number(i * t, j * t, t)]
    listed = ", ".join(str(v) for v in whole)
    if ko:
        each = "하나가" if len(whole) == 1 else "하나씩이"
        kept = (f"그중 {len(whole)}개는 수가 모두 같아 그대로 {texts['piece']} {each} 되고({listed})"
                if whole else "그중 수가 모두 같은 것은 없고")
        cut = f", 나머지 {9 - len(whole)}개는 다시 자릅니다" if len(whole) < 9 else ""
        print(f"{n} × {n} {texts['sheet']} 전체에는 다른 수가 섞여 있으므로 {t} × {t} 정사각형 아홉 개로 자릅니다. "
              f"{kept}{cut}. 모두 세면 {total}입니다.")
    else:
        piece = texts["piece"]
        if len(whole) == 1:
            kept = f"1 of them holds one number and stays whole as one {piece} ({listed})"
        elif whole:
            kept = f"{len(whole)} of them hold one number each and stay whole as one {piece} each ({listed})"
        else:
            kept = "none of them holds a single number"
        rest = 9 - len(whole)
        cut = f"; the other {rest} {'is' if rest == 1 else 'are'} cut again" if rest else ""
        print(f"The whole {n} × {n} {texts['sheet']} holds different numbers, so it is cut into nine {t} × {t} squares: "
              f"{kept}{cut}. In all {total}.")
