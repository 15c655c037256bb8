"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
answer = case["output"].split()[0]
if answer == "-1":  # blocked by the story's walls: shelves, buildings, banks
    walls = texts.get("wall", "벽") if ko else texts.get("walls", "walls")
    print(f"S에서 T로 가는 길이 {walls}(으)로 막혀 있으므로 -1입니다." if ko else
          f"{walls[:1].upper() + walls[1:]} cut T off from S, so the answer is -1.")
else:
    segments = int(answer) + 1
    print(f"S에서 T까지 곧은 구간 {segments}개로 갈 수 있어 방향은 {answer}번 바꾸면 되고, 더 적은 구간으로는 갈 수 없습니다." if ko else
          f"S reaches T in {segments} straight {'segment' if segments == 1 else 'segments'}, so {answer} "
          f"{'turn is' if answer == '1' else 'turns are'} enough, and fewer segments cannot do it.")
