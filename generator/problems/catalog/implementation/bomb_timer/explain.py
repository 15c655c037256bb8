"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
r, c, t = map(int, case["input"].split("\n", 1)[0].split())
bombs = case["output"].count("O")
ko = case["language"] == "ko"
if t == 1:
    what = ("아직 아무 일도 일어나지 않았으므로 처음 격자 그대로입니다" if ko else "nothing has happened yet, so the grid is the input")
elif t % 2 == 0:
    what = ("짝수 초에 빈 칸이 모두 채워졌으므로 모든 칸에 폭탄이 있습니다" if ko else "an even second has just filled every empty cell")
elif t == 3:
    what = ("입력에 있던 폭탄들이 터진 직후의 모습입니다" if ko else
            "the bombs of the input, planted at second 0, have just exploded")
elif t % 4 == 3:
    what = ("입력에 있던 폭탄들이 터진 3초와 같은 모습입니다" if ko else
            "the grid looks as at second 3, when the bombs of the input exploded")
elif t == 5:
    what = ("2초에 설치되어 3초의 폭발에서 살아남은 폭탄들이 터진 직후의 모습입니다" if ko else
            "the bombs planted at second 2 that survived the explosions of second 3 have just exploded")
else:
    what = ("2초에 설치되어 3초의 폭발에서 살아남은 폭탄들이 터진 5초와 같은 모습입니다" if ko else
            "the grid looks as at second 5, when the bombs planted at second 2 that survived second 3 exploded")
print(f"{t}초가 끝났을 때: {what}. 폭탄은 {bombs}개입니다." if ko else f"At the end of second {t}, {what}; {bombs} "
      f"cell{'s hold' if bombs != 1 else ' holds'} a bomb.")
