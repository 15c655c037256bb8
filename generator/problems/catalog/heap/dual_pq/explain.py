"""A sample's explanation from its input alone: reads {"input", "language", "texts", ...} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko, value = case["language"] == "ko", case["texts"]["value"]
lines = case["input"].split("\n")
ops = [line.split() for line in lines[1:1 + int(lines[0])]]
shelf, sentences, i = [], [], 0
while i < len(ops) and len(sentences) < 10:
    if ops[i][0] == "I":
        put = []
        while i < len(ops) and ops[i][0] == "I":
            put.append(int(ops[i][1]))
            i += 1
        shelf = sorted(shelf + put)
        held = ", ".join(map(str, shelf))
        added = ", ".join(map(str, put))
        sentences.append(f"{added}을(를) 넣으면 선반에 있는 {value}은(는) {held}입니다." if ko else
                         f"After putting in {added}, the shelf holds the {value}{'s' if len(shelf) > 1 else ''} {held}.")
    else:
        taken = []
        while i < len(ops) and ops[i][0] == "D":
            sign = ops[i][1]
            if not shelf:
                taken.append((f"D {sign}은(는) 선반이 비어 있어 EMPTY를 출력", "하고", "합니다") if ko else
                             f"D {sign} finds the shelf empty (EMPTY)")
            else:
                x = shelf.pop() if sign == "1" else shelf.pop(0)
                taken.append((f"D {sign}은(는) {x}을(를) 꺼", "내고", "냅니다") if ko else
                             f"D {sign} takes out {x}")
            i += 1
        if ko:
            sentences.append(", ".join(stem + more for stem, more, _ in taken[:-1]) + (", " if len(taken) > 1 else "")
                             + taken[-1][0] + taken[-1][2] + ".")
        else:
            sentences.append(("Then " if sentences else "") + ", ".join(taken) + ".")
if i < len(ops):
    sentences.append("나머지 연산도 같은 방식으로 처리합니다." if ko else "The remaining operations go the same way.")
print(" ".join(sentences))
